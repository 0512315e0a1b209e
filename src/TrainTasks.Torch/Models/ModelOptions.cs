namespace TrainTasks.Torch.Models;

/// <summary>The shape of the network a trial trains.</summary>
/// <param name="Architecture"><c>mlp</c>, <c>cnn</c> or <c>linear</c> (no hidden layers, whatever
/// <paramref name="Hidden"/> says).</param>
/// <param name="Hidden">MLP hidden layer sizes, input side first.</param>
/// <param name="Activation">MLP activation: <c>relu</c>, <c>tanh</c> or <c>gelu</c>.</param>
/// <param name="Dropout">Dropout probability after each MLP hidden layer and before the CNN's linear layer.</param>
/// <param name="Channels">CNN output channels of the two convolution blocks.</param>
public sealed record ModelOptions(
    string Architecture,
    IReadOnlyList<int> Hidden,
    string Activation,
    double Dropout,
    IReadOnlyList<int> Channels);
