namespace Bittensor.Runtime.Framework.Types;

/// <summary>The dynamic value of an enum without a CLR mapping: the variant index and its field values in order.</summary>
public sealed record VariantValue(byte Index, IReadOnlyList<object?> Fields);
