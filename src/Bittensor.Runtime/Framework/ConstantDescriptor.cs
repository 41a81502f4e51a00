using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Framework;

/// <summary>A pallet constant as metadata lists it: name, type, SCALE-encoded value, docs.</summary>
public sealed record ConstantDescriptor(string Name, TypeRef Type, byte[] Value, IReadOnlyList<string> Docs);
