using TrainTasks.Core.Reports;

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
        Assert.StartsWith("1,complete,0.9,true,fp1,0.05,\"[16,8]\",", lines[2]);
    }

    [Fact]
    public void Write_FailureReasonWithComma_IsQuoted()
    {
        var summary = ReportFixtures.Summary();

        var failedRow = TrialsCsvWriter.Write(summary).Split('\n')[3];

        Assert.EndsWith(",\"the loss is NaN at epoch 2, batch 5\"", failedRow);
    }
}
