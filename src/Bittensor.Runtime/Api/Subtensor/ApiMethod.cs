using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Api.Subtensor;

/// <summary>
/// Builds a runtime API method whose arguments are decoded and whose result is encoded by the same <see cref="TypeRef"/>s
/// the method declares for metadata, so what metadata says is what <c>state_call</c> does.
/// </summary>
internal static class ApiMethod
{
    public static RuntimeApiMethodDescriptor Create(string name, FieldDef[] inputs, TypeRef output, Func<ApiContext, object?[], object?> run, string? doc = null) =>
        new(name, inputs, output, (call, args) =>
        {
            var reader = new ScaleReader(args);
            object?[] values = new object?[inputs.Length];
            for (int i = 0; i < inputs.Length; i++)
            {
                values[i] = ScaleValue.Decode(inputs[i].Type, ref reader);
            }

            reader.EnsureConsumed();
            return ScaleValue.EncodeToArray(output, run(new ApiContext(call), values));
        }, doc is null ? [] : [" " + doc]);

    public static FieldDef NetUid(string name = "netuid") => new(name, TypeRef.U16, "NetUid");

    public static FieldDef Account(string name) => new(name, KnownTypes.AccountId32, "AccountId32");
}
