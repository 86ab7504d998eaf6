import type { CreateCompanyParams, CreateIndividualParams } from '../schemas/customer-params.js';

/** An individual with only the fields Create Customer requires: created, but not wallet-ready. */
export const minimalIndividual: CreateIndividualParams = Object.freeze({
  type: 'individual',
  description: 'Ada Lovelace (minimal)',
  individual: { first_name: 'Ada', last_name: 'Lovelace', address_country: 'GB' },
}) as CreateIndividualParams;

/** An individual with the full KYC set: wallet-ready in the sandbox. */
export const walletReadyIndividual: CreateIndividualParams = Object.freeze({
  type: 'individual',
  description: 'Budi Santoso',
  organization_reference_id: 'crm-1001',
  metadata: { segment: 'retail' },
  individual: {
    first_name: 'Budi',
    last_name: 'Santoso',
    dob: '1990-04-12',
    email: 'budi.santoso@example.com',
    identification_type: 'NATIONAL_ID',
    identification_value: '3173000000000001',
    address_line1: 'Jl. Sudirman 1',
    address_city: 'Jakarta',
    address_country: 'ID',
    nationality: 'ID',
    country_of_residence: 'ID',
    phone_country_code: '+62',
    phone_number: '85156781165',
  },
}) as CreateIndividualParams;

/** A company with its registration details and an authorized user. */
export const companyCustomer: CreateCompanyParams = Object.freeze({
  type: 'company',
  description: 'Kopi Nusantara Pte Ltd',
  organization_reference_id: 'crm-2001',
  company: {
    name: 'Kopi Nusantara Pte Ltd',
    registration_number: '201912345K',
    incorporation_country: 'SG',
    company_email: 'finance@kopi.example.com',
    address_line1: '1 Raffles Place',
    address_city: 'Singapore',
    address_country: 'SG',
    authorized_user: {
      first_name: 'Siti',
      last_name: 'Rahma',
      dob: '1985-09-30',
      nationality: 'SG',
      identification_type: 'PASSPORT',
      identification_value: 'K1234567',
      address_country: 'SG',
    },
  },
}) as CreateCompanyParams;
