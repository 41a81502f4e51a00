using Bittensor.Examples.Subnet.Data;
using Bittensor.Examples.Subnet.Model;

namespace Bittensor.Examples.Subnet.Miners;

/// <summary>Answers with a trained naive Bayes model (the <c>trained</c> and <c>weak</c> miners).</summary>
public sealed class ModelAnswerer(NaiveBayesClassifier model) : ISpamAnswerer
{
    /// <summary>Share of the training split the weak miner sees (every 20th message, by corpus order).</summary>
    public const int WeakSampleEvery = 20;

    /// <summary>The weak miner's vocabulary: its most frequent tokens only, which are mostly function words.</summary>
    public const int WeakVocabulary = 40;

    public NaiveBayesClassifier Model { get; } = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>The trained miner's model: the whole training split, full vocabulary.</summary>
    public static ModelAnswerer Trained(IReadOnlyList<SpamMessage> training) => new(NaiveBayesClassifier.Train([.. training]));

    /// <summary>The weak miner's model: every <see cref="WeakSampleEvery"/>th training message, <see cref="WeakVocabulary"/> tokens.</summary>
    public static ModelAnswerer Weak(IReadOnlyList<SpamMessage> training)
    {
        ArgumentNullException.ThrowIfNull(training);
        List<SpamMessage> sample = [.. training.Where((_, i) => i % WeakSampleEvery == 0)];
        if (!sample.Any(m => m.IsSpam) || sample.All(m => m.IsSpam))
        {
            // A tiny corpus (the test fixture) may sample one class only; fall back to one of each class more.
            sample = [.. sample, training.First(m => m.IsSpam), training.First(m => !m.IsSpam)];
        }

        return new(NaiveBayesClassifier.Train(sample, WeakVocabulary));
    }

    public Task<SpamPrediction?> AnswerAsync(string emailText, CancellationToken cancellationToken) =>
        Task.FromResult<SpamPrediction?>(Model.Predict(emailText));
}
