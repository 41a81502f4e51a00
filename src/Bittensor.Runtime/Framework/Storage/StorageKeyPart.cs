using Bittensor.Core.Hashing;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Framework.Storage;

/// <summary>One key of an N-map: its hasher and type (values encode through <see cref="ScaleValue"/>).</summary>
public sealed record StorageKeyPart(StorageHasher Hasher, TypeRef Type);
