namespace Bittensor.Core.Metadata;

/// <summary>The items of a <c>Vec&lt;T&gt;</c> or <c>[T; N]</c> (byte sequences decode to <see cref="BytesValue"/> instead).</summary>
public sealed record SequenceValue : ScaleValue
{
    public SequenceValue(IEnumerable<ScaleValue>? items) => Items = EquatableArray.Of(items);

    public override ScaleValueKind Kind => ScaleValueKind.Sequence;

    public IReadOnlyList<ScaleValue> Items { get; init => field = EquatableArray.Of(value); }

    public override ScaleValue this[int index] => Items[index];

    public override byte[] ToBytes() => FieldLookup.ToBytes(Items, Kind);
}
