namespace TrainTasks.Core.Specs;

/// <summary>What kind of value a built-in parameter takes, which decides how it may be searched.</summary>
public enum BuiltInParameterKind
{
    /// <summary>A real number; searched as <c>float</c> or <c>categorical</c>.</summary>
    Float,

    /// <summary>An integer; searched as <c>int</c> or <c>categorical</c>.</summary>
    Int,

    /// <summary>One of a list of names; searched as <c>categorical</c>.</summary>
    Choice,

    /// <summary>A non-empty list of positive integers (layer sizes); searched as <c>categorical</c>.</summary>
    IntList,
}
