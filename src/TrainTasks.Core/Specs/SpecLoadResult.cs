using TrainTasks.Core.Diagnostics;

namespace TrainTasks.Core.Specs;

/// <summary>What loading a spec gives: the spec when it has no errors, and every diagnostic found.</summary>
/// <param name="Spec">The loaded spec; null when any diagnostic is an error.</param>
/// <param name="Diagnostics">Every error and warning, in file order of discovery; empty for a clean spec.</param>
public sealed record SpecLoadResult(SweepSpec? Spec, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the spec loaded (it may still carry warnings).</summary>
    public bool Succeeded => Spec is not null;

    /// <summary>The errors among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(diagnostic => diagnostic.IsError);

    /// <summary>The warnings among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(diagnostic => !diagnostic.IsError);
}
