using TrainTasks.Core.Trials;

namespace TrainTasks.Core.Tests.Samplers;

/// <summary>Builds trial histories by hand for sampler tests.</summary>
internal static class TrialHistory
{
    public static Trial Make(int number, TrialParameters parameters, TrialState state = TrialState.Complete) =>
        new()
        {
            Number = number,
            State = state,
            Parameters = parameters,
            Fingerprint = $"fp{number}",
            Value = state == TrialState.Complete ? number : null,
        };

    public static List<Trial> Of(params string[] parametersJson) =>
        parametersJson.Select((json, number) => Make(number, TrialParameters.FromJson(json))).ToList();

    public static void Append(List<Trial> history, TrialParameters parameters, TrialState state) =>
        history.Add(Make(history.Count, parameters, state));
}
