import PromQL

/// The value every series of an expression has, when the expression fixes
/// it: absent() is 1, `x == 5` keeps only samples equal to 5, `vector(1)` is 1.
struct FixedValue {
    var value: Double
    /// Why, for messages: "absent() returns 1".
    var reason: String

    static func of(_ expr: Expr) -> FixedValue? {
        switch expr {
        case .paren(let node):
            return of(node.expr)
        case .numberLiteral(let number):
            return FixedValue(value: number.value, reason: "the expression is a number")
        case .call(let call):
            switch call.name {
            case "absent", "absent_over_time":
                return FixedValue(value: 1, reason: "\(call.name)() returns 1 when nothing matches")
            case "vector":
                guard case .numberLiteral(let number)? = call.args.first?.unwrapped else { return nil }
                return FixedValue(value: number.value, reason: "vector() of a number")
            default:
                return nil
            }
        case .binary(let node):
            switch node.op {
            case .and, .unless:
                return of(node.lhs)
            case .or:
                guard let lhs = of(node.lhs), let rhs = of(node.rhs), lhs.value == rhs.value else { return nil }
                return lhs
            case .eql where !node.returnBool:
                // A filter keeps the left-hand samples equal to the number.
                if case .numberLiteral(let number) = node.rhs.unwrapped, !number.value.isNaN, node.lhs.type == .vector {
                    return FixedValue(
                        value: number.value, reason: "`== \(ImpossibleConditions.format(number.value))` keeps only samples of that value")
                }
                return nil
            default:
                return nil
            }
        default:
            return nil
        }
    }
}
