using System.Numerics;

namespace TrainTasks.Core.Samplers.Tpe;

/// <summary>
/// The truncated normal kernels of one numeric dimension of a <see cref="ParzenEstimator"/>: one
/// per observation, centred on it, with its width from <see cref="ParzenBandwidth"/>.
/// </summary>
/// <remarks>
/// Each kernel's log width and log mass inside the bounds are computed once, when the kernels are
/// made, so evaluating every kernel at a point costs a few arithmetic operations per kernel and
/// allocates nothing.
/// </remarks>
internal sealed class ParzenKernels
{
    private readonly double[] _means;
    private readonly double[] _widths;
    private readonly double[] _logWidths;
    private readonly double[] _logMasses;

    /// <summary>Makes the kernels of observations that lie between the bounds.</summary>
    /// <param name="means">The observations, each the centre of its kernel.</param>
    /// <param name="low">The lower bound of the dimension.</param>
    /// <param name="high">The upper bound of the dimension.</param>
    /// <param name="clipScale">
    /// How much finer the smallest width is than the reference clip (<see cref="TpeOptions.ClipScale"/>).
    /// </param>
    public ParzenKernels(double[] means, double low, double high, double clipScale = 1)
    {
        _means = means;
        _widths = ParzenBandwidth.NeighbourDistance(means, low, high, clipScale);
        _logWidths = new double[means.Length];
        _logMasses = new double[means.Length];
        for (var index = 0; index < means.Length; index++)
        {
            _logWidths[index] = Math.Log(_widths[index]);
            _logMasses[index] = TruncatedNormal.LogMass(means[index], _widths[index], low, high);
        }

        Low = low;
        High = high;
    }

    /// <summary>The lower bound of the dimension.</summary>
    public double Low { get; }

    /// <summary>The upper bound of the dimension.</summary>
    public double High { get; }

    /// <summary>The centre of the kernel of observation <paramref name="component"/>.</summary>
    public double Mean(int component) => _means[component];

    /// <summary>The width (standard deviation before truncation) of observation <paramref name="component"/>.</summary>
    public double Width(int component) => _widths[component];

    /// <summary>Sets each <c>terms[i]</c> to <c>offsets[i]</c> plus kernel i's log density at <c>x</c>.</summary>
    public void LogDensities(double x, ReadOnlySpan<double> offsets, Span<double> terms)
    {
        if (x < Low || x > High)
        {
            terms[.._means.Length].Fill(double.NegativeInfinity);
            return;
        }

        var index = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; index <= _means.Length - Vector<double>.Count; index += Vector<double>.Count)
            {
                (new Vector<double>(offsets[index..]) + LogDensities(x, index)).CopyTo(terms[index..]);
            }
        }

        for (; index < _means.Length; index++)
        {
            terms[index] = offsets[index] + LogDensity(x, index);
        }
    }

    /// <summary>Adds kernel i's log density at <paramref name="x"/> to each <c>sums[i]</c>.</summary>
    public void AddLogDensities(double x, Span<double> sums)
    {
        if (x < Low || x > High)
        {
            sums[.._means.Length].Fill(double.NegativeInfinity);
            return;
        }

        var index = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; index <= _means.Length - Vector<double>.Count; index += Vector<double>.Count)
            {
                (new Vector<double>(sums[index..]) + LogDensities(x, index)).CopyTo(sums[index..]);
            }
        }

        for (; index < _means.Length; index++)
        {
            sums[index] += LogDensity(x, index);
        }
    }

    // The vector form does the scalar form's operations in the same order, each rounded alike, so
    // both give the same bits whatever the machine's vector width.
    private Vector<double> LogDensities(double x, int first)
    {
        var z = (new Vector<double>(x) - new Vector<double>(_means, first)) / new Vector<double>(_widths, first);
        return (new Vector<double>(-0.5) * z * z)
            - new Vector<double>(_logWidths, first)
            - new Vector<double>(TruncatedNormal.LogSqrtTwoPi)
            - new Vector<double>(_logMasses, first);
    }

    private double LogDensity(double x, int index) =>
        TruncatedNormal.LogDensityAt((x - _means[index]) / _widths[index], _logWidths[index], _logMasses[index]);
}
