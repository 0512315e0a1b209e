using TorchSharp;
using TorchSharp.Modules;
using TrainTasks.Core.Training;
using TrainTasks.Torch.Training;
using static TorchSharp.torch;

namespace TrainTasks.Torch.Hypergradients;

/// <summary>
/// Hypergradients of the validation loss by the implicit function theorem, at trained weights taken
/// as an optimum of the training objective.
/// </summary>
/// <remarks>
/// Lorraine, Vicol and Duvenaud, "Optimizing Millions of Hyperparameters by Implicit
/// Differentiation", AISTATS 2020, https://arxiv.org/abs/1911.02590. At an optimum w*(λ) of the
/// training objective L_T(w, λ), dL_V/dλ = ∂L_V/∂λ − vᵀ H⁻¹ ∂²L_T/(∂w ∂λ), with v = ∂L_V/∂w
/// and H the Hessian of L_T in w. H⁻¹v is approximated by the Neumann series
/// α Σⱼ₌₀ᴶ (I − αH)ʲ v, each term one Hessian-vector product by double backward.
/// Where we differ: by default the objective of every product is taken over one fixed seeded
/// subset of the training rows (all of them in chunks when the data is small), not a new
/// minibatch per term, which is an option (<see cref="HessianBatches"/>); either way the series
/// is deterministic for a seed. The model is in eval mode (no dropout); when no scale α is
/// given, it is 1 / the largest eigenvalue of the first subset's Hessian, estimated by power
/// iteration. The validation gradient v always uses every validation row: it is one pass. Rows that
/// fit in one chunk (a subset, or small data) build their gradient graph once and differentiate it
/// again for every product.
/// The validation loss carries no penalty, so the direct term ∂L_V/∂λ is 0. The training
/// objective is the mean data loss plus Σ_k (l2 + l2.k) ‖W_k‖² plus weightDecay / 2 ‖θ‖² over
/// all parameters θ (the decay the trainer adds to gradients); the L1 term is left out, since
/// its second derivative is 0 almost everywhere.
/// </remarks>
internal sealed class ImplicitHypergradient
{
    private const int PowerIterations = 20;

    private readonly nn.Module<Tensor, Tensor> _model;
    private readonly IReadOnlyList<Parameter> _parameters;
    private readonly IReadOnlyList<int> _weights;
    private readonly HyperparameterTensors _hyper;
    private readonly double _weightDecay;
    private readonly LossData _train;
    private readonly int _seed;

    /// <summary>Sets up the computation.</summary>
    /// <param name="model">The trained model.</param>
    /// <param name="parameters">Its trainable parameters θ.</param>
    /// <param name="weights">Indices into <paramref name="parameters"/> of the penalized weights, input side
    /// first.</param>
    /// <param name="hyper">The hyperparameters, the differentiated ones requiring gradients.</param>
    /// <param name="weightDecay">The trial's <c>weightDecay</c>.</param>
    /// <param name="train">The training rows of the objective.</param>
    /// <param name="seed">The seed of the subsets of <paramref name="train"/> the products use.</param>
    public ImplicitHypergradient(
        nn.Module<Tensor, Tensor> model,
        IReadOnlyList<Parameter> parameters,
        IReadOnlyList<int> weights,
        HyperparameterTensors hyper,
        double weightDecay,
        LossData train,
        int seed)
    {
        _model = model;
        _parameters = parameters;
        _weights = weights;
        _hyper = hyper;
        _weightDecay = weightDecay;
        _train = train;
        _seed = seed;
    }

    /// <summary>
    /// The hypergradient of the mean validation loss on <paramref name="validation"/> in every
    /// differentiated hyperparameter, by name. Values may be NaN or infinite; the caller checks.
    /// </summary>
    public Dictionary<string, double> Compute(LossData validation, HypergradientSettings settings)
    {
        _model.eval();
        using var scope = NewDisposeScope();
        var v = ValidationGradient(validation);
        var batches = new HessianBatches(_train, settings, _seed);
        var onFirst = Multiplier(batches.First);
        var scale = settings.NeumannScale ?? 1.0 / LargestEigenvalue(v, onFirst);
        Func<IReadOnlyList<Tensor>, Tensor[]> perTerm = batches.PerTerm
            ? vector => HessianVectorProduct(vector, batches.Next())
            : onFirst;
        var inverseHv = NeumannSeries(v, scale, settings.NeumannTerms, perTerm);
        return MixedTerm(inverseHv);
    }

    /// <summary>Hv for the Hessian H of the training objective over every training row, at the current
    /// weights (double backward).</summary>
    public Tensor[] HessianVectorProduct(IReadOnlyList<Tensor> vector) => HessianVectorProduct(vector, _train);

    /// <summary>Hv for the Hessian H of the training objective over <paramref name="rows"/>.</summary>
    public Tensor[] HessianVectorProduct(IReadOnlyList<Tensor> vector, LossData rows)
    {
        var sums = vector.Select(part => zeros_like(part)).ToArray();
        var first = true;
        foreach (var (features, targets, weight) in rows.Chunks())
        {
            using var scope = NewDisposeScope();
            var loss = Objectives.DataLoss(_model.call(features), targets, rows.Regression) * weight;
            if (first)
            {
                loss = loss + Regularization();
                first = false;
            }

            var gradient = autograd.grad([loss], _parameters.ToArray<Tensor>(), retain_graph: true, create_graph: true);
            var hessianVector = Differentiate(gradient, vector, keepGraph: false);
            for (var index = 0; index < sums.Length; index++)
            {
                sums[index].add_(hessianVector[index]);
            }
        }

        return sums;
    }

    // Hv over rows. Rows that fit in one chunk keep their gradient and its graph, which each product
    // differentiates again: one forward and one backward pass fewer per product.
    private Func<IReadOnlyList<Tensor>, Tensor[]> Multiplier(LossData rows)
    {
        if (rows.Count > rows.ChunkRows)
        {
            return vector => HessianVectorProduct(vector, rows);
        }

        var (features, targets, _) = rows.Chunks().Single();
        var loss = Objectives.DataLoss(_model.call(features), targets, rows.Regression) + Regularization();
        var gradient = autograd.grad([loss], _parameters.ToArray<Tensor>(), retain_graph: true, create_graph: true);
        return vector => Differentiate(gradient, vector, keepGraph: true);
    }

    // The derivative of gradient · vector in the parameters, which is Hv.
    private Tensor[] Differentiate(IList<Tensor> gradient, IReadOnlyList<Tensor> vector, bool keepGraph)
    {
        var product = gradient.Zip(vector, (part, direction) => (part * direction).sum())
            .Aggregate((a, b) => a + b);
        return autograd.grad([product], _parameters.ToArray<Tensor>(), retain_graph: keepGraph).ToArray();
    }

    private Tensor Regularization()
    {
        var weights = _weights.Select(index => (Tensor)_parameters[index]).ToArray();
        var penalty = Objectives.L2Penalty(weights, _hyper.Coefficients(constant: true));
        if (_weightDecay <= 0)
        {
            return penalty;
        }

        var decay = _parameters.Select(parameter => parameter.square().sum()).Aggregate((a, b) => a + b);
        return penalty + (decay * (_weightDecay / 2));
    }

    private Tensor[] ValidationGradient(LossData validation)
    {
        var sums = _parameters.Select(parameter => zeros_like(parameter)).ToArray();
        foreach (var (features, targets, weight) in validation.Chunks())
        {
            using var scope = NewDisposeScope();
            var loss = Objectives.DataLoss(_model.call(features), targets, validation.Regression) * weight;
            var gradient = autograd.grad([loss], _parameters.ToArray<Tensor>());
            for (var index = 0; index < sums.Length; index++)
            {
                sums[index].add_(gradient[index]);
            }
        }

        return sums;
    }

    private double LargestEigenvalue(IReadOnlyList<Tensor> start, Func<IReadOnlyList<Tensor>, Tensor[]> multiply)
    {
        var direction = Normalize(start);
        var eigenvalue = 0.0;
        for (var iteration = 0; iteration < PowerIterations; iteration++)
        {
            using var scope = NewDisposeScope();
            var product = multiply(direction);
            eigenvalue = Math.Abs(Dot(direction, product));
            var next = Normalize(product);
            foreach (var part in next)
            {
                part.MoveToOuterDisposeScope();
            }

            direction = next;
        }

        return eigenvalue;
    }

    // H⁻¹v ≈ α Σⱼ (I − αH)ʲ v: each term is the previous one minus α times its Hessian product.
    private Tensor[] NeumannSeries(
        IReadOnlyList<Tensor> v, double scale, int terms, Func<IReadOnlyList<Tensor>, Tensor[]> multiply)
    {
        var term = v.Select(part => part.clone()).ToArray();
        var sum = v.Select(part => part.clone()).ToArray();
        for (var index = 0; index < terms; index++)
        {
            using var scope = NewDisposeScope();
            var product = multiply(term);
            for (var part = 0; part < term.Length; part++)
            {
                term[part].sub_(product[part] * scale);
                sum[part].add_(term[part]);
            }
        }

        foreach (var part in sum)
        {
            part.mul_(scale);
        }

        return sum;
    }

    // −∂/∂λ [(∂L_T/∂w) · H⁻¹v]: only the penalty depends on λ, so only it is differentiated.
    private Dictionary<string, double> MixedTerm(IReadOnlyList<Tensor> inverseHv)
    {
        var weights = _weights.Select(index => (Tensor)_parameters[index]).ToArray();
        var penalty = Objectives.L2Penalty(weights, _hyper.Coefficients());
        var gradient = autograd.grad([penalty], weights, retain_graph: true, create_graph: true);
        var product = gradient.Select((part, layer) => (part * inverseHv[_weights[layer]]).sum())
            .Aggregate((a, b) => a + b);
        var mixed = autograd.grad([product], _hyper.Differentiated.Values.ToArray());
        return _hyper.Values(mixed, sign: -1.0);
    }

    private static double Dot(IReadOnlyList<Tensor> left, IReadOnlyList<Tensor> right) =>
        left.Zip(right, (a, b) => (a * b).sum().ToDouble()).Sum();

    private static Tensor[] Normalize(IReadOnlyList<Tensor> vector)
    {
        var norm = Math.Sqrt(Dot(vector, vector));
        return vector.Select(part => part / (norm > 0 ? norm : 1.0)).ToArray();
    }
}
