import type { Metadata } from 'next'
import Link from 'next/link'
import { requireAdmin } from '@/lib/auth/require-user'
import { listClinicUsers } from '@/lib/data/clinic-users'
import { getClinicLogo } from '@/lib/data/get-clinic-logo'
import { db } from '@/lib/db'
import { ClinicDetailsForm, LogoForm } from './clinic-forms'
import { AddUserForm, UserAccessForm } from './user-forms'

export const metadata: Metadata = { title: 'Clinic admin' }

export default async function AdminPage() {
  const admin = await requireAdmin()
  const [users, logo] = await Promise.all([listClinicUsers(db, { clinicId: admin.clinicId }), getClinicLogo(db, { clinicId: admin.clinicId })])
  const logoSrc = logo && `data:${logo.mimeType};base64,${Buffer.from(logo.data).toString('base64')}`
  const now = new Date()
  const isLocked = (user: (typeof users)[number]) => Boolean(user.lockedUntil && user.lockedUntil > now)
  const locked = users.filter(isLocked)
  const time = new Intl.DateTimeFormat('en-US', { timeStyle: 'short' })
  return (
    <>
      <h1>Clinic admin</h1>
      <p className="row-actions">
        <Link href="/admin/usage">Usage charts</Link>
        <Link href="/history?scope=clinic">The clinic&apos;s handout history</Link>
      </p>
      {locked.length > 0 && (
        <p className="alert" role="alert">
          Locked after repeated failed sign-ins: {locked.map((user) => `${user.name} (until ${time.format(user.lockedUntil!)})`).join(', ')}. If it was not them,
          reset their password.
        </p>
      )}
      <div className="admin-grid">
        <section aria-labelledby="details-heading" className="card">
          <h2 id="details-heading">Clinic details on handouts</h2>
          <ClinicDetailsForm clinic={admin.clinic} />
        </section>
        <section aria-labelledby="logo-heading" className="card">
          <h2 id="logo-heading">Logo</h2>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL from the database; nothing for next/image to optimise */}
          {logoSrc ? <img src={logoSrc} alt={`${admin.clinic.name} logo`} className="logo-preview" /> : <p className="hint">No logo yet.</p>}
          <LogoForm hasLogo={Boolean(logo)} />
        </section>
      </div>
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">People</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.name}</th>
                  <td>{user.email}</td>
                  <td>{user.role === 'admin' ? 'Clinic admin' : 'Clinician'}</td>
                  <td>{user.disabledAt ? 'Disabled' : isLocked(user) ? `Locked until ${time.format(user.lockedUntil!)}` : user.mustChangePassword ? 'Must choose a password' : user.passwordHash ? 'Active' : 'Single sign-on'}</td>
                  <td>{user.id === admin.id ? <span className="hint">You</span> : <UserAccessForm userId={user.id} name={user.name} isDisabled={Boolean(user.disabledAt)} isLocked={isLocked(user)} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="card">
          <h3>Add a person</h3>
          <AddUserForm />
        </div>
      </section>
    </>
  )
}
