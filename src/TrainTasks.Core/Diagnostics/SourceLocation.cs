namespace TrainTasks.Core.Diagnostics;

/// <summary>Where in an input file a diagnostic points.</summary>
/// <param name="File">The file as the user named it (or its full path).</param>
/// <param name="Line">Line, from 1; 0 when unknown.</param>
/// <param name="Column">Column, from 1; 0 when unknown.</param>
/// <param name="JsonPath">The JSON path of the value, such as <c>$.space.learningRate.low</c>, if any.</param>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0, string? JsonPath = null);
