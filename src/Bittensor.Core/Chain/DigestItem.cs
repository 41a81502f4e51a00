using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Chain;

/// <summary>
/// One header digest log, <c>sp_runtime::generic::DigestItem</c> (generic/digest.rs): PreRuntime(6), Consensus(4)
/// and Seal(5) carry an engine id and opaque bytes, Other(0) only bytes, RuntimeEnvironmentUpdated(8) nothing.
/// </summary>
public sealed class DigestItem : IEquatable<DigestItem>, IScaleCodec<DigestItem>
{
    private readonly byte[] _payload;

    private DigestItem(DigestItemKind kind, ConsensusEngineId engine, byte[] payload)
    {
        Kind = kind;
        Engine = engine;
        _payload = payload;
    }

    public DigestItemKind Kind { get; }

    /// <summary>The engine id of PreRuntime, Consensus and Seal items; default otherwise.</summary>
    public ConsensusEngineId Engine { get; }

    /// <summary>The opaque data; empty for RuntimeEnvironmentUpdated.</summary>
    public ReadOnlyMemory<byte> Payload => _payload;

    /// <summary>True for the kinds that carry an engine id.</summary>
    public bool HasEngine => Kind is DigestItemKind.PreRuntime or DigestItemKind.Consensus or DigestItemKind.Seal;

    /// <summary>A message from the block author's consensus engine to the runtime (e.g. the Aura slot).</summary>
    public static DigestItem PreRuntime(ConsensusEngineId engine, ReadOnlySpan<byte> payload) =>
        new(DigestItemKind.PreRuntime, engine, payload.ToArray());

    /// <summary>A message from the runtime to the consensus engine.</summary>
    public static DigestItem Consensus(ConsensusEngineId engine, ReadOnlySpan<byte> payload) =>
        new(DigestItemKind.Consensus, engine, payload.ToArray());

    /// <summary>The author's seal (signature), always the last log.</summary>
    public static DigestItem Seal(ConsensusEngineId engine, ReadOnlySpan<byte> payload) =>
        new(DigestItemKind.Seal, engine, payload.ToArray());

    public static DigestItem Other(ReadOnlySpan<byte> payload) => new(DigestItemKind.Other, default, payload.ToArray());

    public static DigestItem RuntimeEnvironmentUpdated { get; } = new(DigestItemKind.RuntimeEnvironmentUpdated, default, []);

    public static int MinEncodedSize => 1;

    public static void Encode(in DigestItem value, ref ScaleWriter writer)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteVariantIndex((byte)value.Kind);
        switch (value.Kind)
        {
            case DigestItemKind.PreRuntime or DigestItemKind.Consensus or DigestItemKind.Seal:
                ConsensusEngineId engine = value.Engine;
                writer.Write(in engine);
                writer.WriteByteVec(value._payload);
                break;
            case DigestItemKind.Other:
                writer.WriteByteVec(value._payload);
                break;
            default:
                break;
        }
    }

    public static DigestItem Decode(ref ScaleReader reader)
    {
        byte index = reader.ReadU8();
        switch ((DigestItemKind)index)
        {
            case DigestItemKind.PreRuntime or DigestItemKind.Consensus or DigestItemKind.Seal:
                ConsensusEngineId engine = reader.Read<ConsensusEngineId>();
                return new DigestItem((DigestItemKind)index, engine, reader.ReadByteVec());
            case DigestItemKind.Other:
                return new DigestItem(DigestItemKind.Other, default, reader.ReadByteVec());
            case DigestItemKind.RuntimeEnvironmentUpdated:
                return RuntimeEnvironmentUpdated;
            default:
                throw reader.UnknownVariant("DigestItem", index);
        }
    }

    public bool Equals(DigestItem? other) =>
        other is not null && Kind == other.Kind && Engine == other.Engine && _payload.AsSpan().SequenceEqual(other._payload);

    public override bool Equals(object? obj) => Equals(obj as DigestItem);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(Engine);
        hash.AddBytes(_payload);
        return hash.ToHashCode();
    }

    public override string ToString() => Kind switch
    {
        DigestItemKind.RuntimeEnvironmentUpdated => "RuntimeEnvironmentUpdated",
        DigestItemKind.Other => $"Other({Hex.Encode(_payload)})",
        _ => $"{Kind}({Engine}, {Hex.Encode(_payload)})",
    };
}
