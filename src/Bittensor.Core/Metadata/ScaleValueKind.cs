namespace Bittensor.Core.Metadata;

/// <summary>The node kinds of a dynamic <see cref="ScaleValue"/> tree.</summary>
public enum ScaleValueKind
{
    /// <summary>A struct, tuple struct or tuple: <see cref="CompositeValue"/>.</summary>
    Composite = 0,

    /// <summary>An enum variant: <see cref="VariantValue"/>.</summary>
    Variant = 1,

    /// <summary>A <c>Vec</c> or array of non-byte elements: <see cref="SequenceValue"/>.</summary>
    Sequence = 2,

    /// <summary>A <c>Vec&lt;u8&gt;</c> or <c>[u8; N]</c>: <see cref="BytesValue"/>.</summary>
    Bytes = 3,

    /// <summary>bool, char, str or an integer: <see cref="PrimitiveValue"/>.</summary>
    Primitive = 4,

    /// <summary>A <c>BitVec</c>: <see cref="BitSequenceValue"/>.</summary>
    BitSequence = 5,
}
