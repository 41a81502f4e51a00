namespace Bittensor.Core.Metadata;

/// <summary>V15 <c>OuterEnums</c>: the runtime-wide <c>RuntimeCall</c>, <c>RuntimeEvent</c> and <c>RuntimeError</c> enum type ids (variant index = pallet index).</summary>
public sealed record OuterEnums(uint CallEnumType, uint EventEnumType, uint ErrorEnumType);
