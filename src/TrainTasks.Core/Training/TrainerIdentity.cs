namespace TrainTasks.Core.Training;

/// <summary>Names a trainer and the version of its behaviour; a new version means new fingerprints.</summary>
/// <param name="Name">Such as <c>traintasks.torch</c>.</param>
/// <param name="Version">Bumped whenever the same parameters could give a different model.</param>
public sealed record TrainerIdentity(string Name, string Version)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name}/{Version}";
}
