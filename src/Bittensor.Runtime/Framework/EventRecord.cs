using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Framework;

/// <summary><c>frame_system::EventRecord { phase, event, topics: Vec&lt;H256&gt; }</c>, the element of <c>System.Events</c>.</summary>
public sealed record EventRecord(Phase Phase, RuntimeEvent Event, IReadOnlyList<H256> Topics) : IScaleEncodable
{
    public void EncodeTo(ref ScaleWriter writer)
    {
        Phase phase = Phase;
        writer.Write(in phase);
        Event.EncodeTo(ref writer);
        writer.WriteLength(Topics.Count);
        foreach (H256 topic in Topics)
        {
            writer.WriteBytes(topic.AsSpan());
        }
    }

    /// <summary>The encoding of a <c>Vec&lt;EventRecord&gt;</c> (the value of <c>System.Events</c>).</summary>
    public static byte[] EncodeAll(IReadOnlyList<EventRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * (records.Count + 1));
        var writer = new ScaleWriter(buffer);
        writer.WriteLength(records.Count);
        foreach (EventRecord record in records)
        {
            record.EncodeTo(ref writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public override string ToString() => $"{Phase}: {Event}";
}
