using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Core.Specs;

/// <summary>Checks shared by float and int space entries.</summary>
internal static class RangeChecks
{
    /// <summary>Reports TT1029 for each bound the built-in parameter does not accept.</summary>
    public static bool CheckCatalog(
        SpecContext context,
        string path,
        double low,
        double high,
        BuiltInParameter parameter)
    {
        var valid = true;
        foreach (var (key, bound) in new[] { ("low", low), ("high", high) })
        {
            if (!parameter.InRange(bound))
            {
                var location = context.At($"{path}.{key}");
                context.Report(Messages.Spec_SpaceValueInvalid(
                    location,
                    parameter.Name,
                    SpecContext.Format(bound),
                    parameter.Rule));
                valid = false;
            }
        }

        return valid;
    }
}
