using System.Runtime.InteropServices;
using Bittensor.Examples.Subnet.Data;

namespace Bittensor.Examples.Subnet.Model;

/// <summary>
/// Multinomial naive Bayes over token counts, with Laplace (add-one) smoothing and every sum in log space:
/// <c>log P(c) + Σ count(t) · log((n(t, c) + 1) / (N(c) + |V|))</c> over the tokens in the vocabulary; tokens outside it
/// are ignored. The spam probability is the logistic of the two classes' log-score difference.
/// </summary>
public sealed class NaiveBayesClassifier
{
    private readonly Dictionary<string, (double Spam, double Ham)>.AlternateLookup<ReadOnlySpan<char>> _logLikelihood;
    private readonly double _logPriorSpam;
    private readonly double _logPriorHam;

    private NaiveBayesClassifier(Dictionary<string, (double Spam, double Ham)> logLikelihood, double logPriorSpam, double logPriorHam)
    {
        _logLikelihood = logLikelihood.GetAlternateLookup<ReadOnlySpan<char>>();
        _logPriorSpam = logPriorSpam;
        _logPriorHam = logPriorHam;
    }

    /// <summary>The vocabulary size.</summary>
    public int VocabularySize => _logLikelihood.Dictionary.Count;

    /// <summary>
    /// Trains on <paramref name="messages"/>. With <paramref name="maxVocabulary"/> only the that many most frequent
    /// tokens (ties broken ordinally, so training is deterministic) are kept; otherwise the full vocabulary.
    /// </summary>
    /// <exception cref="ArgumentException">The messages lack a spam or a ham example.</exception>
    public static NaiveBayesClassifier Train(IReadOnlyCollection<SpamMessage> messages, int? maxVocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(messages);
        int spamDocs = messages.Count(m => m.IsSpam);
        int hamDocs = messages.Count - spamDocs;
        if (spamDocs == 0 || hamDocs == 0)
        {
            throw new ArgumentException($"training needs both spam and ham messages; got {spamDocs} spam and {hamDocs} ham", nameof(messages));
        }

        Dictionary<string, (long Spam, long Ham)> counts = new(StringComparer.Ordinal);
        Dictionary<string, (long Spam, long Ham)>.AlternateLookup<ReadOnlySpan<char>> lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (SpamMessage message in messages)
        {
            bool spam = message.IsSpam;
            Tokenizer.Tokenize(message.Text, token =>
            {
                // Counted through the span lookup: a token string is allocated only the first time it is seen.
                ref (long Spam, long Ham) c = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, token, out _);
                if (spam)
                {
                    c.Spam++;
                }
                else
                {
                    c.Ham++;
                }
            });
        }

        IEnumerable<KeyValuePair<string, (long Spam, long Ham)>> kept = counts;
        if (maxVocabulary is int limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(maxVocabulary));
            kept = counts.OrderByDescending(kv => kv.Value.Spam + kv.Value.Ham).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(limit);
        }

        List<KeyValuePair<string, (long Spam, long Ham)>> vocabulary = [.. kept];
        double vocabularySize = vocabulary.Count;
        double spamTotal = vocabulary.Sum(kv => (double)kv.Value.Spam);
        double hamTotal = vocabulary.Sum(kv => (double)kv.Value.Ham);
        Dictionary<string, (double Spam, double Ham)> logLikelihood = new(vocabulary.Count, StringComparer.Ordinal);
        foreach ((string token, (long spam, long ham)) in vocabulary)
        {
            logLikelihood[token] = (Math.Log((spam + 1) / (spamTotal + vocabularySize)), Math.Log((ham + 1) / (hamTotal + vocabularySize)));
        }

        double total = messages.Count;
        return new NaiveBayesClassifier(logLikelihood, Math.Log(spamDocs / total), Math.Log(hamDocs / total));
    }

    /// <summary>Classifies one text.</summary>
    public SpamPrediction Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double spam = _logPriorSpam;
        double ham = _logPriorHam;
        Tokenizer.Tokenize(text, token =>
        {
            if (_logLikelihood.TryGetValue(token, out (double Spam, double Ham) l))
            {
                spam += l.Spam;
                ham += l.Ham;
            }
        });

        // P(spam | text) = 1 / (1 + e^(ham - spam)); clamp the exponent so long texts never overflow to NaN.
        double probability = 1.0 / (1.0 + Math.Exp(Math.Clamp(ham - spam, -700, 700)));
        return new SpamPrediction(spam > ham, probability);
    }
}
