using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Samplers;
using TrainTasks.Core.Samplers.Gp;
using TrainTasks.Core.Samplers.Gradient;
using TrainTasks.Core.Samplers.Sobol;
using TrainTasks.Core.Samplers.Tpe;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Specs;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers;

public sealed class SamplerFactoryTests
{
    [Theory]
    [InlineData("grid", typeof(GridSampler))]
    [InlineData("random", typeof(RandomSampler))]
    [InlineData("sobol", typeof(SobolSampler))]
    [InlineData("tpe", typeof(TpeSampler))]
    [InlineData("gp", typeof(GpSampler))]
    [InlineData("gradient", typeof(GradientSampler))]
    public void Create_AvailableStrategy_MakesItsSampler(string strategy, Type expected)
    {
        var sampler = SamplerFactory.Create(strategy, seed: 1);

        Assert.IsType(expected, sampler);
        Assert.Equal(strategy, sampler.Name);
    }

    [Theory]
    [InlineData("annealing", "TT3001")]
    [InlineData("Grid", "TT3001")]
    public void Create_UnavailableStrategy_ThrowsWithCode(string strategy, string code)
    {
        var act = () => SamplerFactory.Create(strategy, seed: 1);

        var exception = Assert.Throws<TrainTasksException>(act);
        Assert.Equal(code, exception.Diagnostic.Code);
    }

    [Fact]
    public void Create_TpeWithOptions_PassesThemAndTheDirection()
    {
        var options = new Dictionary<string, double>
        {
            ["startupTrials"] = 3,
            ["candidates"] = 7,
            ["multivariate"] = 1,
            ["sobolStartup"] = 1,
        };

        var sampler = Assert.IsType<TpeSampler>(
            SamplerFactory.Create("tpe", seed: 1, OptimizationDirection.Maximize, options));

        Assert.Equal(
            new TpeOptions(StartupTrials: 3, Candidates: 7, Multivariate: true, SobolStartup: true),
            sampler.Options);
        Assert.Equal(OptimizationDirection.Maximize, sampler.Direction);
    }

    [Fact]
    public void Create_TpeWithoutOptions_IsMultivariate()
    {
        var sampler = Assert.IsType<TpeSampler>(SamplerFactory.Create("tpe", seed: 1));

        Assert.True(sampler.Options.Multivariate);
    }

    [Fact]
    public void Create_GpWithOptions_PassesThem()
    {
        var options = new Dictionary<string, double>
        {
            ["startupTrials"] = 4,
            ["candidates"] = 200,
            ["sobolStartup"] = 1,
        };

        var sampler = Assert.IsType<GpSampler>(SamplerFactory.Create("gp", seed: 1, options: options));

        Assert.Equal(new GpSamplerOptions(StartupTrials: 4, CandidateCount: 200, SobolStartup: true), sampler.Options);
    }

    [Fact]
    public void Create_SobolWithoutScramble_PassesIt()
    {
        var options = new Dictionary<string, double> { ["scramble"] = 0 };

        var sampler = Assert.IsType<SobolSampler>(SamplerFactory.Create("sobol", seed: 1, options: options));

        Assert.False(sampler.Options.Scramble);
    }

    [Fact]
    public void Create_EveryCatalogStrategy_CanBeMade()
    {
        var made = StrategyCatalog.Names.Select(name => SamplerFactory.Create(name, seed: 1).Name);

        Assert.Equal(StrategyCatalog.Names, made);
    }

    [Fact]
    public void Create_GradientWithOptions_PassesThemAndTheFixedValues()
    {
        var options = new Dictionary<string, double> { ["rate"] = 0.2, ["tolerance"] = 0 };
        var fixedValues = TrialParameters.FromJson("""{"weightDecay":0.003}""");
        var space = new SearchSpace([new FloatParameter("weightDecay", 1e-6, 1, Log: true)]);

        var sampler = Assert.IsType<GradientSampler>(
            SamplerFactory.Create("gradient", seed: 1, options: options, fixedParameters: fixedValues));

        Assert.Equal(new GradientOptions(Rate: 0.2, Clip: 10, Tolerance: 0), sampler.Options);
        Assert.Equal(0.003, sampler.Suggest(space, []).Parameters!["weightDecay"].AsDouble());
    }
}
