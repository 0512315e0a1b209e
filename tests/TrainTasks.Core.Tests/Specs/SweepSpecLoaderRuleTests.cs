namespace TrainTasks.Core.Tests.Specs;

public sealed class SweepSpecLoaderRuleTests
{
    private const string LearningRate = """{ "type": "float", "low": 1e-4, "high": 1e-2, "log": true }""";
    private const string BatchSize = """{ "type": "int", "low": 32, "high": 256, "log": true }""";
    private const string Hidden = """{ "type": "categorical", "choices": [[128], [256, 128]] }""";

    public static TheoryData<string, string, string, string, string> Rules => new()
    {
        // old text, new text, code, text the diagnostic points at, JSON path
        { "\"name\": \"fashion-mlp\"", "\"name\": \"fashion mlp\"", "TT1007", "\"fashion mlp\"", "$.name" },
        { "\"name\": \"fashion-mlp\"", "\"name\": \"..\"", "TT1007", "\"..\"", "$.name" },
        { "\"epochs\": 3", "\"epochs\": 1000000000000", "TT1013", "1000000000000", "$.training.epochs" },
        { "\"seed\": 42", "\"seed\": 42, \"threads\": 65", "TT1008", "65", "$.threads" },
        { "\"seed\": 42", "\"seed\": 42, \"epochs\": 3", "TT1004", "\"epochs\"", "$.epochs" },
        { "\"seed\": 42", "\"seed\": 42, \"seed\": 43", "TT1003", "\"seed\": 43", "$.seed" },
        { "\"seed\": 42", "\"seed\": true", "TT1005", "true", "$.seed" },
        { "\"dropout\": 0.1", "\"dropuot\": 0.1", "TT1004", "\"dropuot\"", "$.model.dropuot" },
        { "\"dropout\": 0.1", "\"dropout\": 1.0", "TT1013", "1.0", "$.model.dropout" },
        { "\"hidden\": [256, 128]", "\"hidden\": []", "TT1013", "[]", "$.model.hidden" },
        { "\"optimizer\": \"adam\"", "\"optimizer\": \"rmsprop\"", "TT1013", "\"rmsprop\"", "$.training.optimizer" },
        { "\"format\": \"idx\"", "\"format\": \"png\"", "TT1009", "\"png\"", "$.data.format" },
        {
            "\"format\": \"idx\",",
            "\"format\": \"idx\", \"validationFraction\": 1.5,",
            "TT1008", "1.5", "$.data.validationFraction"
        },
        { "\"format\": \"idx\",", "\"format\": \"idx\", \"trainLimit\": 5,", "TT1008", "5,", "$.data.trainLimit" },
        { "\"format\": \"idx\",", "\"format\": \"idx\", \"csv\": {},", "TT1010", "\"csv\"", "$.data.csv" },
        {
            "\"labels\": \"data/train-labels.gz\"",
            "\"labels\": \"l.gz\", \"table\": \"t.csv\"",
            "TT1004", "\"table\"", "$.data.train.table"
        },
        { "\"learningRate\": {", "\"lr\": {", "TT1020", "\"lr\"", "$.space.lr" },
        {
            Hidden,
            """{ "type": "float", "choices": [1] }""",
            "TT1021", "\"float\", \"choices\"", "$.space.hidden.type"
        },
        { Hidden, """{ "type": "list" }""", "TT1009", "\"list\"", "$.space.hidden.type" },
        { Hidden, """{ "choices": [1] }""", "TT1006", "{ \"choices\"", "$.space.hidden.type" },
        { Hidden, """{ "type": "categorical", "choices": 5 }""", "TT1005", "5 }", "$.space.hidden.choices" },
        { Hidden, """{ "type": "categorical", "choices": [] }""", "TT1027", "[] }", "$.space.hidden.choices" },
        {
            Hidden,
            """{ "type": "categorical", "choices": [[128], [128.0]] }""",
            "TT1028", "[128.0]", "$.space.hidden.choices[1]"
        },
        {
            Hidden,
            """{ "type": "categorical", "choices": [[128], [0]] }""",
            "TT1029", "[0]", "$.space.hidden.choices[1]"
        },
        {
            Hidden,
            """{ "type": "categorical", "choices": [[128]], "low": 1 }""",
            "TT1004", "\"low\": 1 }", "$.space.hidden.low"
        },
        {
            LearningRate,
            """{ "type": "float", "low": 1e-2, "high": 1e-4 }""",
            "TT1022", "1e-2", "$.space.learningRate.low"
        },
        {
            LearningRate,
            """{ "type": "float", "low": 0, "high": 1e-2, "log": true }""",
            "TT1023", "0,", "$.space.learningRate.low"
        },
        {
            LearningRate,
            """{ "type": "float", "low": 1e-4, "high": 1e-2, "step": -1 }""",
            "TT1024", "-1", "$.space.learningRate.step"
        },
        {
            LearningRate,
            """{ "type": "float", "low": 1e-4, "high": 1e-2, "step": 1e-300 }""",
            "TT1032", "1e-300", "$.space.learningRate.step"
        },
        {
            LearningRate,
            """{ "type": "float", "low": 1e-4, "high": 1e-2, "log": true, "step": 1e-3 }""",
            "TT1026", "1e-3", "$.space.learningRate.step"
        },
        {
            LearningRate,
            """{ "type": "float", "low": -1, "high": 1e-2 }""",
            "TT1029", "-1", "$.space.learningRate.low"
        },
        {
            LearningRate,
            """{ "type": "float", "high": 1e-2 }""",
            "TT1006", "{ \"type\": \"float\", \"high\"", "$.space.learningRate.low"
        },
        { BatchSize, """{ "type": "int", "low": 32.5, "high": 256 }""", "TT1005", "32.5", "$.space.batchSize.low" },
        {
            BatchSize,
            """{ "type": "int", "low": 32, "high": 256, "log": true, "step": 2 }""",
            "TT1025", "2 }", "$.space.batchSize.step"
        },
        {
            BatchSize,
            """{ "type": "int", "low": 32, "high": 256, "step": 0 }""",
            "TT1024", "0 }", "$.space.batchSize.step"
        },
        { "\"strategy\": \"random\"", "\"strategy\": \"grid\"", "TT1031", "\"learningRate\"", "$.space.learningRate" },
        { "\"strategy\": \"random\"", "\"strategy\": \"annealing\"", "TT1009", "\"annealing\"", "$.strategy" },
        { "\"strategy\": \"random\"", "\"strategy\": 3", "TT1005", "3,", "$.strategy" },
        { "\"metric\": \"val_accuracy\"", "\"metric\": \"f1\"", "TT1009", "\"f1\"", "$.objective.metric" },
        { "{ \"trials\": 12 }", "{ \"trials\": 0 }", "TT1008", "0 }", "$.budget.trials" },
        { "{ \"trials\": 12 }", "{ }", "TT1006", "{ }", "$.budget.trials" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Parse_RuleBroken_ReportsItsCodeAtTheValue(
        string oldText,
        string newText,
        string code,
        string pointedText,
        string path)
    {
        var json = SpecText.ValidWith(oldText, newText);

        var result = SpecText.Load(json);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Null(result.Spec);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal((SpecText.File, PositionOf(json, pointedText), path), Describe(diagnostic));
    }

    [Fact]
    public void Parse_MissingRequiredTopLevelKey_PointsAtTheRootObject()
    {
        var json = SpecText.ValidWith(",\n  \"budget\": { \"trials\": 12 }", string.Empty);

        var diagnostic = SpecText.Single(json);

        Assert.Equal(
            ("TT1006", (1, 1), "$.budget"),
            (diagnostic.Code, Position(diagnostic), diagnostic.Location!.JsonPath));
    }

    [Fact]
    public void Parse_MissingComma_ReportsSyntaxErrorAtTheNextToken()
    {
        var json = SpecText.ValidWith("\"seed\": 42,", "\"seed\": 42");

        var diagnostic = SpecText.Single(json);

        Assert.Equal(("TT1002", (5, 3)), (diagnostic.Code, Position(diagnostic)));
    }

    [Fact]
    public void Parse_TextAfterTheRootObject_ReportsSyntaxError()
    {
        var json = SpecText.Valid + "\n}";

        var diagnostic = SpecText.Single(json);

        Assert.Equal(("TT1002", 20), (diagnostic.Code, diagnostic.Location!.Line));
    }

    [Fact]
    public void Parse_RootIsAList_ReportsWrongType()
    {
        var diagnostic = SpecText.Single("[1, 2]");

        Assert.Equal(("TT1005", (1, 1), "$"), (diagnostic.Code, Position(diagnostic), diagnostic.Location!.JsonPath));
    }

    [Fact]
    public void Parse_NonAsciiBeforeValue_CountsColumnsInCharacters()
    {
        var json = SpecText.ValidWith("\"name\": \"fashion-mlp\"", "\"name\": \"mode-é\"");

        var diagnostic = SpecText.Single(json.Replace("\"seed\": 42", "\"seed\": \"é\"", StringComparison.Ordinal)
            .Replace("\"name\": \"mode-é\"", "\"name\": \"mode\"", StringComparison.Ordinal));

        Assert.Equal(("TT1005", (4, 11)), (diagnostic.Code, Position(diagnostic)));
    }

    private static (int Line, int Column) Position(TrainTasks.Core.Diagnostics.Diagnostic diagnostic) =>
        (diagnostic.Location!.Line, diagnostic.Location.Column);

    private static (string File, (int, int) Position, string? Path) Describe(
        TrainTasks.Core.Diagnostics.Diagnostic diagnostic) =>
        (diagnostic.Location!.File, Position(diagnostic), diagnostic.Location.JsonPath);

    // The line and column (from 1) of the first occurrence of a text, counted independently of the loader.
    private static (int, int) PositionOf(string json, string text)
    {
        var offset = json.IndexOf(text, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{text}' is not in the spec");
        var before = json[..offset];
        var line = before.Count(c => c == '\n') + 1;
        var column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }
}
