namespace TrainTasks.TestKit;

/// <summary>Standard test functions of global optimization, for sampler quality tests.</summary>
public static class TestFunctions
{
    /// <summary>The global minimum of <see cref="Branin"/>, reached at three points.</summary>
    public const double BraninMinimum = 0.397887;

    /// <summary>Branin–Hoo on x1 in [-5, 10], x2 in [0, 15] (Dixon and Szegő, 1978).</summary>
    public static double Branin(double x1, double x2)
    {
        var b = 5.1 / (4 * Math.PI * Math.PI);
        var c = 5 / Math.PI;
        var t = 1 / (8 * Math.PI);
        var inner = x2 - (b * x1 * x1) + (c * x1) - 6;
        return (inner * inner) + (10 * (1 - t) * Math.Cos(x1)) + 10;
    }
}
