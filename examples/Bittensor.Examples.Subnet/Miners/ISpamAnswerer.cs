using Bittensor.Examples.Subnet.Model;

namespace Bittensor.Examples.Subnet.Miners;

/// <summary>How a miner answers one email; null when it has no answer (the validator scores that as wrong).</summary>
public interface ISpamAnswerer
{
    Task<SpamPrediction?> AnswerAsync(string emailText, CancellationToken cancellationToken);
}
