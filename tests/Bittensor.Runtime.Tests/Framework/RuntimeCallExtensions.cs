using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Tests.Framework;

internal static class RuntimeCallExtensions
{
    public static bool NestedCallIs(this RuntimeCall call, CallDescriptor inner) => call.Args.NestedCall(0).Is(inner);
}
