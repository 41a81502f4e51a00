using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;

namespace Bittensor.Runtime.Api;

/// <summary>
/// What a runtime API method runs against: the composed runtime and the state of block <see cref="BlockHash"/> (read only;
/// whatever a method writes goes to a throw-away overlay).
/// </summary>
public sealed record RuntimeApiCall(NodeRuntime Runtime, IReadOnlyKeyValueStore State, H256 BlockHash);
