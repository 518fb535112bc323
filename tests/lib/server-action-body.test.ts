import { describe, expect, it } from 'vitest'
import { serverActionBodyProblem } from '@/lib/http/server-action-body'

const text = (body: string) => serverActionBodyProblem({ contentType: 'text/plain;charset=UTF-8', isFetchAction: true, body: Buffer.from(body) })
async function multipart(fields: Record<string, string>, { isFetchAction = true, closed = true } = {}) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  const encoded = new Response(form)
  let body = Buffer.from(await encoded.arrayBuffer())
  if (!closed) body = body.subarray(0, body.lastIndexOf('--'))
  return serverActionBodyProblem({ contentType: encoded.headers.get('content-type')!, isFetchAction, body })
}

describe('server action bodies React cannot decode are named before Next sees them (issue 20, item 8)', () => {
  it('takes what our forms send: JSON argument lists with inline forms and FormData', async () => {
    expect(await text('["tpl_1",3,{"name":"Night cramps","isShared":false,"note":"$$5 copay"}]')).toBeUndefined()
    expect(await text('["$undefined","$D2025-03-10T00:00:00.000Z","$n12","$NaN","$Infinity","$-0"]')).toBeUndefined()
    expect(await multipart({ '0': '[{"status":"idle"},"$K1"]', '1_name': 'Fir Clinic' })).toBeUndefined()
    expect(await multipart({ '0': '["$1"]', '1': '{"group":"senior"}' })).toBeUndefined()
  })

  it('refuses a body that is not JSON, is not a list, or refers to rows that are not there', async () => {
    expect(await text('{')).toBe("row 0 of the action's arguments is not JSON")
    expect(await text('2e155')).toBe("the action's arguments are not a list")
    expect(await text('["$1"]')).toBe("row 1 of the action's arguments is missing")
    expect(await multipart({ '1': '[]' })).toBe("row 0 of the action's arguments is missing")
  })

  it('refuses kinds of value no form here sends: maps, promises, server references, a bigint that is not one', async () => {
    for (const body of ['["$Q1"]', '["$@1"]', '["$h1"]', '["$T"]', '["$F1"]', '["$nabc"]', '["$B1"]']) {
      expect(await text(body), body).toMatch(/a value of a kind no form here sends/)
    }
  })

  it('refuses multipart bodies without a boundary or cut short, and form metadata that is not JSON', async () => {
    expect(await serverActionBodyProblem({ contentType: 'multipart/form-data', isFetchAction: false, body: Buffer.from('abc') })).toBe('the body is not valid multipart form data')
    expect(await multipart({ name: 'x' }, { closed: false })).toBe('the body is not valid multipart form data')
    expect(await multipart({ $ACTION_REF_1: '', '$ACTION_1:0': '{' }, { isFetchAction: false })).toBe("$ACTION_1:0 is not an action's metadata")
    expect(await multipart({ $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"abc","bound":"$@1"}', '$ACTION_1:1': '[{"status":"idle"}]' }, { isFetchAction: false })).toBeUndefined()
  })

  it('lets a POST that is no action at all (no header, not multipart) through to the page', async () => {
    expect(await serverActionBodyProblem({ contentType: 'text/plain', isFetchAction: false, body: Buffer.from('{') })).toBeUndefined()
  })
})
