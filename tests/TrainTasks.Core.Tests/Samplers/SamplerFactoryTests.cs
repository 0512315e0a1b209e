using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.Samplers;

namespace TrainTasks.Core.Tests.Samplers;

public sealed class SamplerFactoryTests
{
    [Theory]
    [InlineData("grid", typeof(GridSampler))]
    [InlineData("random", typeof(RandomSampler))]
    public void Create_AvailableStrategy_MakesItsSampler(string strategy, Type expected)
    {
        var sampler = SamplerFactory.Create(strategy, seed: 1);

        Assert.IsType(expected, sampler);
        Assert.Equal(strategy, sampler.Name);
    }

    [Theory]
    [InlineData("gradient", "TT3002")]
    [InlineData("annealing", "TT3001")]
    [InlineData("Grid", "TT3001")]
    public void Create_UnavailableStrategy_ThrowsWithCode(string strategy, string code)
    {
        var act = () => SamplerFactory.Create(strategy, seed: 1);

        var exception = Assert.Throws<TrainTasksException>(act);
        Assert.Equal(code, exception.Diagnostic.Code);
    }
}
