using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace TrainTasks.MSBuild.Tasks;

/// <summary>Turns a sweep stamp into the task's output items.</summary>
internal static class OutputItems
{
    /// <summary>The prefix of the metadata that carries one best parameter.</summary>
    public const string ParameterPrefix = "Param_";

    /// <summary>The <c>Model</c> item: the model path, with the sweep's results as metadata.</summary>
    public static ITaskItem CreateModel(ISweepStamp stamp, string bestValue)
    {
        var model = new TaskItem(stamp.ModelPath);
        model.SetMetadata("BestValue", bestValue);
        model.SetMetadata("Objective", stamp.ObjectiveMetric);
        model.SetMetadata("SweepName", stamp.SweepName);
        model.SetMetadata("BestParamsFile", stamp.BestParamsPath);
        model.SetMetadata("ReportFile", stamp.ReportPath);
        foreach (var (name, json) in stamp.BestParams)
        {
            model.SetMetadata(ParameterPrefix + ToMetadataName(name), json);
        }

        return model;
    }

    /// <summary>One item per written file, the stamp last, each listed once.</summary>
    public static ITaskItem[] CreateOutputFiles(ISweepStamp stamp, string stampFile) =>
        stamp.OutputPaths
            .Append(Path.GetFullPath(stampFile))
            .Distinct(StringComparer.Ordinal)
            .Select(path => (ITaskItem)new TaskItem(path))
            .ToArray();

    /// <summary>
    /// Keeps letters, digits and <c>_</c>, and turns anything else (dots of conditional
    /// parameters, dashes) into <c>_</c>, so the name can be written as <c>%(Param_x)</c>.
    /// </summary>
    public static string ToMetadataName(string parameterName)
    {
        var builder = new StringBuilder(parameterName.Length);
        foreach (var c in parameterName)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return builder.ToString();
    }
}
