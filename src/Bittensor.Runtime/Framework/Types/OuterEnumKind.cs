namespace Bittensor.Runtime.Framework.Types;

/// <summary>The runtime-wide enums whose variants are the pallets (<c>RuntimeCall</c>, <c>RuntimeEvent</c>, <c>RuntimeError</c>).</summary>
public enum OuterEnumKind
{
    RuntimeCall,
    RuntimeEvent,
    RuntimeError,
}
