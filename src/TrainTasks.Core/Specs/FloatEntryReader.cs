using System.Text.Json.Nodes;
using TrainTasks.Core.Diagnostics;
using TrainTasks.Core.SearchSpaces;

namespace TrainTasks.Core.Specs;

/// <summary>Reads and checks a <c>"type": "float"</c> entry of the search space.</summary>
internal static class FloatEntryReader
{
    // A grid this fine is a mistake, not a search: no budget visits a millionth of it.
    private const double MaximumStepPoints = 1_000_000;

    /// <summary>The parameter, or null when the entry has errors (they are reported).</summary>
    public static FloatParameter? Read(SpecContext context, string path, JsonObject entry, BuiltInParameter parameter)
    {
        var low = context.GetNumber(entry, path, "low", required: true);
        var high = context.GetNumber(entry, path, "high", required: true);
        var log = context.GetBoolean(entry, path, "log") ?? false;
        var step = context.GetNumber(entry, path, "step");
        if (low is not { } lowValue || high is not { } highValue)
        {
            return null;
        }

        var valid = CheckBounds(context, path, lowValue, highValue, log, parameter);
        valid &= CheckStep(context, path, step, log);
        if (!valid || !CheckStepCount(context, path, lowValue, highValue, step))
        {
            return null;
        }

        var adjustedHigh = AdjustHigh(context, path, lowValue, highValue, step);
        return new FloatParameter(parameter.Name, lowValue, adjustedHigh, log, step);
    }

    private static bool CheckBounds(
        SpecContext context,
        string path,
        double low,
        double high,
        bool log,
        BuiltInParameter parameter)
    {
        if (low > high)
        {
            var location = context.At($"{path}.low");
            var (lowText, highText) = (SpecContext.Format(low), SpecContext.Format(high));
            context.Report(Messages.Spec_RangeBoundsReversed(location, lowText, highText));
            return false;
        }

        if (log && low <= 0)
        {
            context.Report(Messages.Spec_LogBoundNotPositive(context.At($"{path}.low"), SpecContext.Format(low)));
            return false;
        }

        return RangeChecks.CheckCatalog(context, path, low, high, parameter);
    }

    private static bool CheckStep(SpecContext context, string path, double? step, bool log)
    {
        if (step is not { } value)
        {
            return true;
        }

        if (!(value > 0))
        {
            context.Report(Messages.Spec_StepNotPositive(context.At($"{path}.step"), SpecContext.Format(value)));
            return false;
        }

        if (log)
        {
            context.Report(Messages.Spec_FloatLogWithStep(context.At($"{path}.step"), SpecContext.Format(value)));
            return false;
        }

        return true;
    }

    private static bool CheckStepCount(SpecContext context, string path, double low, double high, double? step)
    {
        if (step is not { } value || (high - low) / value <= MaximumStepPoints)
        {
            return true;
        }

        context.Report(Messages.Spec_StepTooSmall(
            context.At($"{path}.step"),
            SpecContext.Format(value),
            SpecContext.Format(MaximumStepPoints)));
        return false;
    }

    private static double AdjustHigh(SpecContext context, string path, double low, double high, double? step)
    {
        if (step is not { } value || StepGrid.Divides(low, high, value))
        {
            return high;
        }

        var adjusted = StepGrid.LastValue(low, high, value);
        context.Report(Messages.Spec_StepAdjusted(
            context.At($"{path}.high"),
            SpecContext.Format(high),
            SpecContext.Format(adjusted),
            SpecContext.Format(value)));
        return adjusted;
    }
}
