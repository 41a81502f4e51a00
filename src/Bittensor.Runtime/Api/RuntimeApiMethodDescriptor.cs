using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Api;

/// <summary>One method of a runtime API, called as <c>state_call("{Api}_{Name}", args)</c>; its types feed metadata V15.</summary>
public sealed record RuntimeApiMethodDescriptor(string Name, IReadOnlyList<FieldDef> Inputs, TypeRef Output, RuntimeApiHandler Handler, IReadOnlyList<string> Docs);
