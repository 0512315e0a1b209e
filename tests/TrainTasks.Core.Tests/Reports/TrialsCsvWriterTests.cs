using TrainTasks.Core.Reports;
using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Reports;

public sealed class TrialsCsvWriterTests
{
    [Fact]
    public void Write_FourTrials_GivesHeaderAndOneRowEach()
    {
        var summary = ReportFixtures.Summary();

        var lines = TrialsCsvWriter.Write(summary).TrimEnd('\n').Split('\n');

        Assert.Equal(5, lines.Length);
        Assert.StartsWith("number,state,value,from_cache,fingerprint,param_learningRate,param_hidden,", lines[0]);
        Assert.EndsWith(",failure_reason,origin,origin_reason", lines[0]);
        Assert.StartsWith("1,complete,0.9,true,fp1,0.05,\"[16,8]\",", lines[2]);
    }

    [Fact]
    public void Write_FailureReasonWithComma_IsQuoted()
    {
        var summary = ReportFixtures.Summary();

        var failedRow = TrialsCsvWriter.Write(summary).Split('\n')[3];

        Assert.EndsWith(",\"the loss is NaN at epoch 2, batch 5\",,", failedRow);
    }

    [Fact]
    public void Write_RecordedOrigins_GivesKindAndReason()
    {
        var trials = ReportFixtures.Trials().ToArray();
        trials[2] = trials[2] with { Origin = TrialOrigin.Fallback("every candidate was tried, twice") };
        trials[3] = trials[3] with { Origin = TrialOrigin.Startup };
        var summary = ReportFixtures.Summary() with { Trials = trials };

        var lines = TrialsCsvWriter.Write(summary).Split('\n');

        Assert.EndsWith(",fallback,\"every candidate was tried, twice\"", lines[3]);
        Assert.EndsWith(",,startup,", lines[4]);
    }
}
