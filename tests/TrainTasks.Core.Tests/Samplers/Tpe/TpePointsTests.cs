using TrainTasks.Core.Samplers.Tpe;
using TrainTasks.Core.SearchSpaces;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers.Tpe;

public sealed class TpePointsTests
{
    private static readonly SearchSpace s_space = new([
        new FloatParameter("rate", 1e-4, 1, Log: true),
        new IntParameter("units", 1, 10),
    ]);

    private static readonly TpeDimension[] s_dimensions = s_space.Parameters.Select(TpeDimension.Of).ToArray();

    [Fact]
    public void Of_TrialInsideTheSpace_IsItsValuesInEachScale()
    {
        var history = TrialHistory.Of("""{"rate":0.01,"units":4}""");

        var points = new TpePoints().Of(s_space, s_dimensions, history);

        Assert.Equal([Math.Log(0.01), 4.0], points[0]!);
    }

    [Fact]
    public void Of_MissingOrOutOfRangeValue_IsNull()
    {
        var history = TrialHistory.Of("""{"rate":0.01}""", """{"rate":2,"units":4}""", """{"rate":0.5,"units":3}""");

        var points = new TpePoints().Of(s_space, s_dimensions, history);

        Assert.Null(points[0]);
        Assert.Null(points[1]);
        Assert.NotNull(points[2]);
    }

    [Fact]
    public void Of_GrowingHistory_GivesWhatAFreshReadingGives()
    {
        var cached = new TpePoints();
        var history = new List<Trial>();
        var random = new Random(3);

        for (var number = 0; number < 40; number++)
        {
            var parameters = TrialParameters.FromJson(
                $$"""{"rate":{{Math.Exp(-9 * random.NextDouble())}},"units":{{random.Next(0, 12)}}}""");
            history.Add(TrialHistory.Make(number, parameters));

            var points = cached.Of(s_space, s_dimensions, history);

            Assert.Equal(new TpePoints().Of(s_space, s_dimensions, history), points);
        }
    }

    [Fact]
    public void Of_AnotherSpaceWithTheSameHistory_ReadsTheValuesAgain()
    {
        var points = new TpePoints();
        var history = TrialHistory.Of("""{"rate":0.01,"units":4}""");
        var narrower = new SearchSpace([
            new FloatParameter("rate", 1e-4, 1, Log: true),
            new IntParameter("units", 1, 3),
        ]);
        points.Of(s_space, s_dimensions, history);

        var again = points.Of(narrower, narrower.Parameters.Select(TpeDimension.Of).ToArray(), history);

        Assert.Null(again[0]);
    }
}
