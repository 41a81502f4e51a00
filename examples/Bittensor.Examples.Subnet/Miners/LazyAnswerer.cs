using Bittensor.Examples.Subnet.Model;

namespace Bittensor.Examples.Subnet.Miners;

/// <summary>Answers at random without reading the email (seeded, so a run can be repeated).</summary>
public sealed class LazyAnswerer(int seed) : ISpamAnswerer
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    public Task<SpamPrediction?> AnswerAsync(string emailText, CancellationToken cancellationToken)
    {
        double p;
        lock (_gate)
        {
            p = _random.NextDouble();
        }

        return Task.FromResult<SpamPrediction?>(new SpamPrediction(p >= 0.5, p));
    }
}
