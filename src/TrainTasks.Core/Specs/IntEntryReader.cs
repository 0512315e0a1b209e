using System.Globalization;
using System.Text.Json.Nodes;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Specs;

/// <summary>Reads and checks a <c>"type": "int"</c> entry of the search space.</summary>
internal static class IntEntryReader
{
    /// <summary>The parameter, or null when the entry has errors (they are reported).</summary>
    public static IntParameter? Read(SpecContext context, string path, JsonObject entry, BuiltInParameter parameter)
    {
        var low = context.GetInteger(entry, path, "low", required: true);
        var high = context.GetInteger(entry, path, "high", required: true);
        var log = context.GetBoolean(entry, path, "log") ?? false;
        var step = context.GetInteger(entry, path, "step") ?? 1;
        if (low is not { } lowValue || high is not { } highValue)
        {
            return null;
        }

        var valid = CheckBounds(context, path, lowValue, highValue, log, parameter);
        valid &= CheckStep(context, path, step, log);
        if (!valid)
        {
            return null;
        }

        var adjustedHigh = AdjustHigh(context, path, lowValue, highValue, step);
        return new IntParameter(parameter.Name, lowValue, adjustedHigh, step, log);
    }

    private static bool CheckBounds(
        SpecContext context,
        string path,
        long low,
        long high,
        bool log,
        BuiltInParameter parameter)
    {
        if (low > high)
        {
            context.Report(Messages.Spec_RangeBoundsReversed(context.At($"{path}.low"), Text(low), Text(high)));
            return false;
        }

        if (log && low <= 0)
        {
            context.Report(Messages.Spec_LogBoundNotPositive(context.At($"{path}.low"), Text(low)));
            return false;
        }

        return RangeChecks.CheckCatalog(context, path, low, high, parameter);
    }

    private static bool CheckStep(SpecContext context, string path, long step, bool log)
    {
        if (step <= 0)
        {
            context.Report(Messages.Spec_StepNotPositive(context.At($"{path}.step"), Text(step)));
            return false;
        }

        if (log && step != 1)
        {
            context.Report(Messages.Spec_IntLogWithStep(context.At($"{path}.step"), Text(step)));
            return false;
        }

        return true;
    }

    private static long AdjustHigh(SpecContext context, string path, long low, long high, long step)
    {
        if ((high - low) % step == 0)
        {
            return high;
        }

        var adjusted = low + ((high - low) / step * step);
        context.Report(Messages.Spec_StepAdjusted(context.At($"{path}.high"), Text(high), Text(adjusted), Text(step)));
        return adjusted;
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
