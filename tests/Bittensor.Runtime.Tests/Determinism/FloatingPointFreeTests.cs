using System.Reflection;
using System.Reflection.Emit;
using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Epoch;

namespace Bittensor.Runtime.Tests.Determinism;

/// <summary>
/// The banned-API analyzer catches calls on <see cref="double"/> but not plain float arithmetic, casts or
/// literals. These tests read the compiled IL instead: no float opcode, local, field, parameter or call
/// signature may appear in the Runtime assembly, nor in Core's fixed-point code outside the documented
/// floating-point boundary (FromDouble/ToDouble, for tests, display and CLI input).
/// </summary>
public class FloatingPointFreeTests
{
    private static readonly HashSet<short> FloatOpcodes =
    [
        OpCodes.Ldc_R4.Value, OpCodes.Ldc_R8.Value, OpCodes.Conv_R4.Value, OpCodes.Conv_R8.Value,
        OpCodes.Conv_R_Un.Value, OpCodes.Ckfinite.Value,
    ];

    private static readonly Dictionary<short, OpCode> OpCodeByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private static readonly HashSet<string> FloatBoundary =
        ["FromDouble", "CheckedFromDouble", "SaturatingFromDouble", "ToDouble"];

    [Fact]
    public void RuntimeAssembly_AllMethods_UseNoFloatingPoint()
    {
        List<string> findings = Scan(typeof(EpochMath).Assembly.GetTypes(), static _ => true);
        Assert.Empty(findings);
    }

    [Fact]
    public void CoreFixedPoint_ArithmeticMethods_UseNoFloatingPoint()
    {
        IEnumerable<Type> types = typeof(I32F32).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(I32F32).Namespace);
        List<string> findings = Scan(types, static m => !FloatBoundary.Contains(m.Name) && !m.Name.Contains("FromDouble", StringComparison.Ordinal));
        Assert.Empty(findings);
    }

    [Fact]
    public void Scanner_OnFloatCode_ReportsIt()
    {
        // Guards the scanner itself: the boundary methods must be found when not excluded.
        List<string> findings = Scan([typeof(I32F32)], static m => m.Name == nameof(I32F32.ToDouble));
        Assert.NotEmpty(findings);
    }

    private static List<string> Scan(IEnumerable<Type> types, Func<MethodBase, bool> include)
    {
        List<string> findings = [];
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (Type type in types)
        {
            foreach (FieldInfo field in type.GetFields(All))
            {
                if (IsFloat(field.FieldType))
                {
                    findings.Add($"{type.Name}.{field.Name}: float field");
                }
            }

            IEnumerable<MethodBase> methods = type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All));
            foreach (MethodBase method in methods.Where(include))
            {
                ScanMethod(type, method, findings);
            }
        }

        return findings;
    }

    private static void ScanMethod(Type type, MethodBase method, List<string> findings)
    {
        string name = $"{type.Name}.{method.Name}";
        if (method is MethodInfo mi && IsFloat(mi.ReturnType))
        {
            findings.Add($"{name}: returns floating point");
        }

        if (method.GetParameters().Any(p => IsFloat(p.ParameterType)))
        {
            findings.Add($"{name}: floating-point parameter");
        }

        MethodBody? body = method.GetMethodBody();
        if (body is null)
        {
            return;
        }

        if (body.LocalVariables.Any(l => IsFloat(l.LocalType)))
        {
            findings.Add($"{name}: floating-point local");
        }

        byte[] il = body.GetILAsByteArray() ?? [];
        int pos = 0;
        while (pos < il.Length)
        {
            short value = il[pos] == 0xFE ? (short)(0xFE00 | il[pos + 1]) : il[pos];
            pos += il[pos] == 0xFE ? 2 : 1;
            OpCode op = OpCodeByValue[value];
            if (FloatOpcodes.Contains(op.Value))
            {
                findings.Add($"{name}: {op.Name}");
            }

            if (op.OperandType is OperandType.InlineMethod)
            {
                int token = BitConverter.ToInt32(il, pos);
                MethodBase? callee = ResolveMethod(method, token);
                if (callee is MethodInfo target && (IsFloat(target.ReturnType) || target.GetParameters().Any(p => IsFloat(p.ParameterType))))
                {
                    findings.Add($"{name}: calls {target.DeclaringType?.Name}.{target.Name}");
                }
            }

            pos += OperandSize(op.OperandType, il, pos);
        }
    }

    private static MethodBase? ResolveMethod(MethodBase method, int token)
    {
        Type[]? typeArgs = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        Type[]? methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        return method.Module.ResolveMethod(token, typeArgs, methodArgs);
    }

    private static bool IsFloat(Type type)
    {
        Type t = type.IsByRef || type.IsArray || type.IsPointer ? type.GetElementType()! : type;
        return t == typeof(double) || t == typeof(float) || t == typeof(Half);
    }

    private static int OperandSize(OperandType type, byte[] il, int pos) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, pos)),
        _ => 4,
    };
}
