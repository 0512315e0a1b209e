using TrainTasks.Core.Samplers.Gp;

namespace TrainTasks.Core.Tests.Samplers.Gp;

public sealed class CholeskyTests
{
    // [[4, 2], [2, 3]] = L Lᵀ with L = [[2, 0], [1, √2]].
    private static readonly double[] s_matrix = [4, 2, 2, 3];

    [Fact]
    public void Factor_TwoByTwo_MatchesHandFactor()
    {
        var factor = Cholesky.Factor(s_matrix, size: 2);

        Assert.Equal([2, 0, 1, Math.Sqrt(2)], factor, (left, right) => Math.Abs(left - right) < 1e-12);
    }

    [Fact]
    public void Inverse_TwoByTwo_MatchesClosedForm()
    {
        var factor = Cholesky.Factor(s_matrix, size: 2);

        var inverse = Cholesky.Inverse(factor, size: 2);

        // The inverse of [[a, b], [b, d]] is [[d, −b], [−b, a]] / (ad − b²); here ad − b² = 8.
        Assert.Equal([3 / 8.0, -2 / 8.0, -2 / 8.0, 4 / 8.0], inverse, (left, right) => Math.Abs(left - right) < 1e-12);
    }

    [Fact]
    public void SolveLowerThenUpper_TwoByTwo_SolvesTheSystem()
    {
        var factor = Cholesky.Factor(s_matrix, size: 2);

        var solution = Cholesky.SolveUpper(factor, 2, Cholesky.SolveLower(factor, 2, [8, 7]));

        // 4x + 2y = 8 and 2x + 3y = 7 give x = 1.25, y = 1.5.
        Assert.Equal([1.25, 1.5], solution, (left, right) => Math.Abs(left - right) < 1e-12);
    }

    [Fact]
    public void TryFactor_Indefinite_ReturnsNull()
    {
        double[] indefinite = [1, 2, 2, 1];

        var factor = Cholesky.TryFactor(indefinite, size: 2, jitter: 0);

        Assert.Null(factor);
    }
}
