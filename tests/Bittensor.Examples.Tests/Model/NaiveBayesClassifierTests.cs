using Bittensor.Examples.Subnet.Data;
using Bittensor.Examples.Subnet.Miners;
using Bittensor.Examples.Subnet.Model;

namespace Bittensor.Examples.Tests.Model;

public sealed class NaiveBayesClassifierTests
{
    [Fact]
    public async Task Kinds_HeldOutFixture_TrainedBeatsWeakBeatsRandom()
    {
        IReadOnlyList<SpamMessage> corpus = FixtureData.Load();
        IReadOnlyList<SpamMessage> training = CorpusSplit.Training(corpus);
        IReadOnlyList<SpamMessage> heldOut = CorpusSplit.HeldOut(corpus);
        ISpamAnswerer[] kinds = [ModelAnswerer.Trained(training), ModelAnswerer.Weak(training), new LazyAnswerer(1)];

        double[] accuracy = new double[kinds.Length];
        double[] logLoss = new double[kinds.Length];
        for (int k = 0; k < kinds.Length; k++)
        {
            (accuracy[k], _) = await EvaluateCommand.AccuracyAsync(kinds[k], heldOut, CancellationToken.None);
            logLoss[k] = await LogLossAsync(kinds[k], heldOut);
        }

        // The fixture's few held-out mails are easy, so accuracy may tie at the top; the log loss (the proper score of
        // the probabilities the miners return) separates the three strictly.
        Assert.True(accuracy[0] >= 0.9, $"trained accuracy {accuracy[0]}");
        Assert.True(accuracy[0] >= accuracy[1] && accuracy[1] > accuracy[2], $"accuracies {string.Join(", ", accuracy)}");
        Assert.True(logLoss[0] < logLoss[1] && logLoss[1] < logLoss[2], $"log losses {string.Join(", ", logLoss)}");
    }

    private static async Task<double> LogLossAsync(ISpamAnswerer answerer, IReadOnlyList<SpamMessage> messages)
    {
        double sum = 0;
        foreach (SpamMessage m in messages)
        {
            SpamPrediction p = (await answerer.AnswerAsync(m.Text, CancellationToken.None))!.Value;
            double truth = m.IsSpam ? p.Probability : 1 - p.Probability;
            sum -= Math.Log(Math.Clamp(truth, 1e-12, 1));
        }

        return sum / messages.Count;
    }

    [Fact]
    public void Predict_ObviousTexts_ProbabilityMatchesVerdict()
    {
        NaiveBayesClassifier model = NaiveBayesClassifier.Train([.. CorpusSplit.Training(FixtureData.Load())]);

        SpamPrediction spam = model.Predict("Claim your FREE prize now!!! Make money fast, click here.");
        SpamPrediction ham = model.Predict("I applied the patch and the build passes; see the notes from the meeting.");

        Assert.True(spam.IsSpam);
        Assert.InRange(spam.Probability, 0.5, 1.0);
        Assert.False(ham.IsSpam);
        Assert.InRange(ham.Probability, 0.0, 0.5);
    }

    [Fact]
    public void Predict_HugeText_FiniteProbability()
    {
        NaiveBayesClassifier model = NaiveBayesClassifier.Train([.. FixtureData.Load()]);

        SpamPrediction p = model.Predict(string.Concat(Enumerable.Repeat("free money click ", 20_000)));

        Assert.True(p.IsSpam);
        Assert.Equal(1.0, p.Probability);
    }

    [Fact]
    public void Train_MaxVocabulary_KeepsMostFrequentTokens()
    {
        SpamMessage[] messages = [new("s/1", "aa aa aa bb", true), new("h/1", "aa cc cc", false)];

        Assert.Equal(3, NaiveBayesClassifier.Train(messages).VocabularySize);
        Assert.Equal(2, NaiveBayesClassifier.Train(messages, 2).VocabularySize);
    }

    [Fact]
    public void Train_LaplaceSmoothing_MatchesHandComputation()
    {
        // Spam: "aa aa bb" (N=3), ham: "bb" (N=1), |V| = 2, priors 1/2. For "aa":
        // spam: log(1/2) + log((2+1)/(3+2)); ham: log(1/2) + log((0+1)/(1+2)) → P = 1 / (1 + (1/3)/(3/5)) = 9/14.
        NaiveBayesClassifier model = NaiveBayesClassifier.Train([new SpamMessage("s/1", "aa aa bb", true), new SpamMessage("h/1", "bb", false)]);

        Assert.Equal(9.0 / 14.0, model.Predict("aa").Probability, 12);
    }

    [Fact]
    public void Train_OneClassOnly_Throws()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => NaiveBayesClassifier.Train([new SpamMessage("s/1", "free", true)]));
        Assert.Contains("0 ham", ex.Message, StringComparison.Ordinal);
    }
}
