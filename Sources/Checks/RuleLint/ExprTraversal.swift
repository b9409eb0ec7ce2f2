import PromQL

extension Expr {
    /// Every node, depth first in source order, like `walk` but without
    /// building an array of children at each node: the rule checks visit
    /// every node of tens of thousands of expressions. A range selector is
    /// one node (its inner selector is not visited on its own).
    func forEachNode(_ visit: (Expr) -> Void) {
        visit(self)
        switch self {
        case .numberLiteral, .stringLiteral, .vectorSelector, .matrixSelector:
            break
        case .subquery(let node):
            node.expr.forEachNode(visit)
        case .paren(let node):
            node.expr.forEachNode(visit)
        case .unary(let node):
            node.expr.forEachNode(visit)
        case .binary(let node):
            node.lhs.forEachNode(visit)
            node.rhs.forEachNode(visit)
        case .aggregate(let node):
            node.param?.forEachNode(visit)
            node.expr.forEachNode(visit)
        case .call(let node):
            for argument in node.args { argument.forEachNode(visit) }
        }
    }
}
