namespace TrainTasks.Core.Samplers.Sobol;

/// <summary>Settings of the <see cref="SobolSampler"/>.</summary>
/// <param name="Scramble">
/// Whether the sequence is scrambled from the sampler's seed (default true). Unscrambled, every
/// seed gives the same points and the first point is the lower corner of the space.
/// </param>
public sealed record SobolOptions(bool Scramble = true);
