using Bittensor.Examples.Subnet.Model;
using Bittensor.Examples.Subnet.Neurons;
using Bittensor.Examples.Subnet.Protocol;
using Bittensor.Sdk.Axons;
using Bittensor.Sdk.Chain.Types;
using Bittensor.Sdk.Dendrites;

namespace Bittensor.Examples.Subnet.Miners;

/// <summary>
/// Answers by asking another miner (<c>--copy-uid</c>) through its own dendrite and returning what it said: the copy
/// costs a second signed round trip, so it is always slower than the original. The target's axon is read from the
/// chain when first needed and again after a failed call (it may not be serving yet when the copier starts).
/// </summary>
public sealed class CopierAnswerer(ChainSession session, Dendrite dendrite, ushort copyUid, double timeoutSeconds) : ISpamAnswerer, IDisposable
{
    // One forward at a time: the target's axon wants strictly increasing nonces per caller hotkey, and two concurrent
    // forwards could arrive out of order.
    private readonly SemaphoreSlim _serial = new(1, 1);
    private AxonInfo? _target;

    public ushort CopyUid { get; } = copyUid;

    public async Task<SpamPrediction?> AnswerAsync(string emailText, CancellationToken cancellationToken)
    {
        await _serial.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            AxonInfo? target = _target ??= await ResolveAsync(cancellationToken).ConfigureAwait(false);
            if (target is null)
            {
                return null;
            }

            SpamClassification answer = await dendrite.CallAsync(target, new SpamClassification { EmailText = emailText }, timeoutSeconds, cancellationToken).ConfigureAwait(false);
            if (!answer.IsSuccess || answer.IsSpam is null || answer.SpamProbability is null)
            {
                _target = null;
                return null;
            }

            return new SpamPrediction(answer.IsSpam.Value, answer.SpamProbability.Value);
        }
        finally
        {
            _serial.Release();
        }
    }

    public void Dispose() => _serial.Dispose();

    private async Task<AxonInfo?> ResolveAsync(CancellationToken cancellationToken)
    {
        NeuronInfoLite? neuron = await session.Client.GetNeuronLiteAsync(session.Netuid, CopyUid, null, cancellationToken).ConfigureAwait(false);
        if (neuron is null || neuron.Axon.Ip == 0)
        {
            return null;
        }

        return neuron.Axon.ToAxonInfo(neuron.Hotkey, neuron.Coldkey);
    }
}
