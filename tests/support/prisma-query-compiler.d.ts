// Prisma ships its query compiler's bindings untyped; the plan cache test spies on this one method.
declare module '@prisma/client/runtime/query_compiler_bg.sqlite.mjs' {
  export class QueryCompiler {
    compile(request: string): unknown
  }
}
