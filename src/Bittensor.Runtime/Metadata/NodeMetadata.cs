using System.Runtime.CompilerServices;
using Bittensor.Core.Metadata;

namespace Bittensor.Runtime.Metadata;

/// <summary>
/// A runtime's metadata, built once per <see cref="NodeRuntime"/> (metadata is immutable for a runtime) and kept with it:
/// the V14 and V15 models and their envelopes (<c>"meta" ++ version ++ body</c>, what <c>state_getMetadata</c> returns
/// for V14). Thread-safe.
/// </summary>
public sealed class NodeMetadata
{
    private static readonly ConditionalWeakTable<NodeRuntime, NodeMetadata> Cache = [];

    private readonly byte[] _v14Envelope;
    private readonly byte[] _v15Envelope;

    private NodeMetadata(NodeRuntime runtime)
    {
        V14 = MetadataBuilder.BuildV14(runtime);
        V15 = MetadataBuilder.BuildV15(runtime);
        _v14Envelope = V14.Encode();
        _v15Envelope = V15.Encode();
    }

    /// <summary>The versions <c>Metadata_metadata_versions</c> reports.</summary>
    public static IReadOnlyList<uint> Versions { get; } = [14, 15];

    public RuntimeMetadataV14 V14 { get; }

    public RuntimeMetadataV15 V15 { get; }

    /// <summary>The bare V14 envelope.</summary>
    public ReadOnlyMemory<byte> V14Envelope => _v14Envelope;

    /// <summary>The bare V15 envelope.</summary>
    public ReadOnlyMemory<byte> V15Envelope => _v15Envelope;

    /// <summary>The metadata of <paramref name="runtime"/>, built on first use.</summary>
    public static NodeMetadata For(NodeRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        return Cache.GetValue(runtime, static r => new NodeMetadata(r));
    }

    /// <summary>The envelope of metadata <paramref name="version"/>, or false when the runtime does not offer it.</summary>
    public bool TryGetEnvelope(uint version, out ReadOnlyMemory<byte> envelope)
    {
        envelope = version switch
        {
            14 => _v14Envelope,
            15 => _v15Envelope,
            _ => ReadOnlyMemory<byte>.Empty,
        };
        return version is 14 or 15;
    }
}
