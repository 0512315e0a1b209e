using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;

namespace TrainTasks.Core.Tests.Specs;

public sealed class SweepSpecLoaderTests
{
    [Fact]
    public void Parse_ValidSpec_LoadsEveryPart()
    {
        var result = SpecText.Load(SpecText.Valid);

        var spec = Assert.IsType<SweepSpec>(result.Spec);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("fashion-mlp", spec.Name);
        Assert.Equal(42, spec.Seed);
        Assert.Equal(2, spec.Threads);
        Assert.Equal("random", spec.Strategy);
        Assert.Equal(12, spec.Trials);
        Assert.Equal(new Objective("val_accuracy", OptimizationDirection.Maximize), spec.Objective);
        Assert.Equal("/specs/fashion/data/train-images.gz", spec.Data.Train.Images);
        Assert.Equal(0.1, spec.Data.ValidationFraction);
        Assert.Equal("/specs/fashion/sweep.json", spec.SpecPath);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("\"refit\": true,", true)]
    [InlineData("\"refit\": false,", false)]
    public void Parse_Refit_ReadsTheFlagWithFalseByDefault(string setting, bool expected)
    {
        var json = SpecText.ValidWith("\"seed\": 42,", $"\"seed\": 42, {setting}");

        var spec = SpecText.Load(json).Spec!;

        Assert.Equal(expected, spec.Refit);
    }

    [Fact]
    public void Parse_StrategyWithOption_ReadsTheOptionIntoTheSpecAndTheStudy()
    {
        const string Random = "\"strategy\": \"random\"";
        var plain = SpecText.Load(SpecText.ValidWith(Random, "\"strategy\": \"sobol\"")).Spec!;
        var json = SpecText.ValidWith(Random, "\"strategy\": { \"type\": \"sobol\", \"scramble\": false }");

        var spec = SpecText.Load(json).Spec!;

        Assert.Equal("sobol", spec.Strategy);
        Assert.Equal(0.0, spec.StrategyOptions["scramble"]);
        Assert.NotEqual(plain.StudyDefinition, spec.StudyDefinition);
    }

    [Fact]
    public void Parse_StrategyOptionUnknownToIt_ReportsTT1004AtTheOption()
    {
        var json = SpecText.ValidWith(
            "\"strategy\": \"random\"",
            "\"strategy\": { \"type\": \"random\", \"scramble\": true }");

        var diagnostic = SpecText.Single(json);

        Assert.Equal("TT1004", diagnostic.Code);
        Assert.Equal("$.strategy.scramble", diagnostic.Location?.JsonPath);
    }

    [Fact]
    public void Parse_RefitNotBoolean_ReportsAtItsPath()
    {
        var json = SpecText.ValidWith("\"seed\": 42,", "\"seed\": 42, \"refit\": \"yes\",");

        var diagnostic = SpecText.Single(json);

        Assert.Equal("$.refit", diagnostic.Location?.JsonPath);
    }

    [Fact]
    public void Parse_ValidSpec_BuildsTheSearchSpace()
    {
        var spec = SpecText.Load(SpecText.Valid).Spec!;

        Assert.Equal(
            [
                new FloatParameter("learningRate", 1e-4, 1e-2, Log: true),
                new IntParameter("batchSize", 32, 256, Log: true),
            ],
            spec.Space.Parameters.Take(2));
        var hidden = Assert.IsType<CategoricalParameter>(spec.Space.Parameters[2]);
        Assert.Equal(["[128]", "[256,128]"], hidden.Choices.Select(choice => choice.CanonicalJson));
    }

    [Fact]
    public void Parse_ValidSpec_FixedHasSpecValuesAndCatalogDefaults()
    {
        var spec = SpecText.Load(SpecText.Valid).Spec!;

        Assert.Equal(
            """{"activation":"relu","architecture":"mlp","batchSize":128,"channels":[16,32],"dropout":0.1"""
            + ""","epochs":3,"hidden":[256,128],"hypergradientRate":0.05,"l1":0,"l2":0,"learningRate":0.001"""
            + ""","learningRateAdaptation":"none","momentum":0.9"""
            + ""","optimizer":"adam","schedule":"constant","weightDecay":0}""",
            spec.Fixed.CanonicalJson);
    }

    [Theory]
    [InlineData("val_loss", OptimizationDirection.Minimize)]
    [InlineData("train_accuracy", OptimizationDirection.Maximize)]
    public void Parse_ObjectiveWithoutDirection_TakesItFromTheMetric(string metric, OptimizationDirection expected)
    {
        var json = SpecText.ValidWith("\"metric\": \"val_accuracy\"", $"\"metric\": \"{metric}\"");

        var spec = SpecText.Load(json).Spec!;

        Assert.Equal(expected, spec.Objective.Direction);
    }

    [Fact]
    public void Parse_StrategyAsObject_ReadsItsType()
    {
        var json = SpecText.ValidWith("\"strategy\": \"random\"", "\"strategy\": { \"type\": \"random\" }");

        var spec = SpecText.Load(json).Spec!;

        Assert.Equal("random", spec.Strategy);
    }

    [Fact]
    public void Parse_CsvData_ReadsOptionsAndTable()
    {
        var json = SpecText.ValidWith(
            "\"train\": { \"images\": \"data/train-images.gz\", \"labels\": \"data/train-labels.gz\" }",
            "\"train\": { \"table\": \"iris.csv\" }, \"csv\": { \"separator\": \";\", \"headerRows\": 1 }")
            .Replace("\"format\": \"idx\"", "\"format\": \"csv\"", StringComparison.Ordinal);

        var spec = SpecText.Load(json).Spec!;

        Assert.Equal("/specs/fashion/iris.csv", spec.Data.Train.Table);
        Assert.Equal(new CsvOptions(LabelColumn: -1, HeaderRows: 1, Separator: ';', Standardize: true), spec.Data.Csv);
    }

    [Fact]
    public void Load_MissingFile_ReportsCannotRead()
    {
        var path = Path.Combine(TrainTasks.TestKit.TestPaths.NewTemporaryDirectory(), "absent.json");

        var result = SweepSpecLoader.Load(path);

        Assert.Null(result.Spec);
        Assert.Equal("TT1001", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Load_FileOnDisk_ResolvesPathsFromItsFolder()
    {
        var folder = TrainTasks.TestKit.TestPaths.NewTemporaryDirectory();
        var path = Path.Combine(folder, "sweep.json");
        File.WriteAllText(path, SpecText.Valid);

        var result = SweepSpecLoader.Load(path);

        Assert.Equal(Path.Combine(folder, "data", "train-labels.gz"), result.Spec!.Data.Train.Labels);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsThemAll()
    {
        var json = SpecText.Valid
            .Replace("\"seed\": 42", "\"seed\": \"42\"", StringComparison.Ordinal)
            .Replace("\"epochs\": 3", "\"epochs\": 0", StringComparison.Ordinal)
            .Replace("\"trials\": 12", "\"trials\": 0", StringComparison.Ordinal)
            .Replace("\"strategy\": \"random\"", "\"strategy\": \"annealing\"", StringComparison.Ordinal);

        var result = SpecText.Load(json);

        Assert.Null(result.Spec);
        Assert.Equal(
            [
                ("TT1005", "$.seed"),
                ("TT1013", "$.training.epochs"),
                ("TT1009", "$.strategy"),
                ("TT1008", "$.budget.trials"),
            ],
            result.Diagnostics.Select(diagnostic => (diagnostic.Code, diagnostic.Location!.JsonPath)));
    }

    [Fact]
    public void Diagnostic_FromLoader_IsInCanonicalForm()
    {
        var json = SpecText.ValidWith("\"seed\": 42", "\"seed\": 4.5");

        var diagnostic = SpecText.Single(json);

        Assert.StartsWith("sweep.json(4,11): error TT1005: $.seed: ", diagnostic.ToCanonicalString());
    }
}
