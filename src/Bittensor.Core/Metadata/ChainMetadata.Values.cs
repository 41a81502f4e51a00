namespace Bittensor.Core.Metadata;

/// <summary>Dynamic encoding and decoding of calls and events through the outer enums.</summary>
public sealed partial class ChainMetadata
{
    /// <summary>
    /// The SCALE call <c>[pallet index, call index] ++ args</c>, encoding <paramref name="args"/> (named, any
    /// order, or positional) against the call's fields: <c>EncodeCall("Balances", "transfer_keep_alive",
    /// ("dest", ScaleValue.Variant("Id", ScaleValue.Bytes(bob))), ("value", ScaleValue.U64(1_000_000_000)))</c>.
    /// </summary>
    public byte[] EncodeCall(string pallet, string call, params IEnumerable<ScaleField> args)
    {
        ArgumentNullException.ThrowIfNull(pallet);
        ArgumentNullException.ThrowIfNull(call);
        return Codec.Encode(CallType, ScaleValue.Variant(pallet, ScaleValue.Variant(call, args)));
    }

    /// <summary>Decodes a call (all of <paramref name="data"/>) as the outer <c>RuntimeCall</c>: <c>Variant(pallet, [Variant(call, args)])</c>.</summary>
    public ScaleValue DecodeCall(ReadOnlySpan<byte> data) => Codec.Decode(CallType, data);

    /// <summary>The type of <c>System.Events</c>: <c>Vec&lt;frame_system::EventRecord&lt;RuntimeEvent, H256&gt;&gt;</c>.</summary>
    public uint EventRecordsType => Storage("System", "Events").ValueType;

    /// <summary>Decodes the value of <c>System.Events</c> into its records (phase, event, topics).</summary>
    public IReadOnlyList<ScaleValue> DecodeEvents(ReadOnlySpan<byte> data) =>
        Codec.Decode(EventRecordsType, data) switch
        {
            SequenceValue records => records.Items,
            var other => throw new InvalidOperationException($"System.Events decoded to a {other.Kind}, not a sequence"),
        };
}
