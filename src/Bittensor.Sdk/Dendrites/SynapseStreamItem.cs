using System.Text;
using Bittensor.Sdk.Synapses;

namespace Bittensor.Sdk.Dendrites;

/// <summary>One item of a streamed call: a body chunk as it arrived, or (last) the filled synapse.</summary>
/// <typeparam name="T">The synapse type.</typeparam>
public sealed class SynapseStreamItem<T>
    where T : Synapse
{
    internal SynapseStreamItem(ReadOnlyMemory<byte> chunk, T? synapse)
    {
        Chunk = chunk;
        Synapse = synapse;
    }

    /// <summary>The raw bytes of a chunk (empty for the final item).</summary>
    public ReadOnlyMemory<byte> Chunk { get; }

    /// <summary>The chunk as UTF-8 text (a multi-byte character split across chunks decodes as U+FFFD; buffer <see cref="Chunk"/> when that matters).</summary>
    public string Text => Encoding.UTF8.GetString(Chunk.Span);

    /// <summary>The final item's synapse with status and terminals; null for chunks.</summary>
    public T? Synapse { get; }

    /// <summary>True for the last item.</summary>
    public bool IsFinal => Synapse is not null;
}
