using TrainTasks.Core.Specs;

namespace TrainTasks.Core.Tests.Reports;

public sealed class SweepSummaryTests
{
    [Fact]
    public void TrialsBestFirst_Maximize_OrdersCompleteByValueDescendingThenFailed()
    {
        var summary = ReportFixtures.Summary(OptimizationDirection.Maximize);

        var order = summary.TrialsBestFirst().Select(trial => trial.Number);

        Assert.Equal([1, 0, 3, 2], order);
    }

    [Fact]
    public void TrialsBestFirst_Minimize_OrdersCompleteByValueAscendingThenFailed()
    {
        var summary = ReportFixtures.Summary(OptimizationDirection.Minimize);

        var order = summary.TrialsBestFirst().Select(trial => trial.Number);

        Assert.Equal([3, 0, 1, 2], order);
    }

    [Fact]
    public void Best_Minimize_IsTheLowestCompleteValue()
    {
        var summary = ReportFixtures.Summary(OptimizationDirection.Minimize);

        Assert.Equal(3, summary.Best!.Number);
    }
}
