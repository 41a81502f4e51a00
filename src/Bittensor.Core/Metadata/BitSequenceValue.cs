namespace Bittensor.Core.Metadata;

/// <summary>
/// The bits of a <c>BitVec&lt;Store, Order&gt;</c>, in sequence order. The store word and bit order come from the
/// type when encoding; unused bits of the last store word are written as zero.
/// </summary>
public sealed record BitSequenceValue : ScaleValue
{
    public BitSequenceValue(IEnumerable<bool>? bits) => Bits = EquatableArray.Of(bits);

    public override ScaleValueKind Kind => ScaleValueKind.BitSequence;

    public IReadOnlyList<bool> Bits { get; init => field = EquatableArray.Of(value); }

    public override ScaleValue this[int index] => Bool(Bits[index]);
}
